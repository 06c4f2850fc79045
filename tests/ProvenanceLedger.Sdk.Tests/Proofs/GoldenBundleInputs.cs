using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Proofs;

/// <summary>
/// The fixed inputs behind Golden/certificate-of-origin.provenance.json: format1 vector document 0 with
/// /body/items/0/hsCode redacted, in a batch of the six vector documents. The anchor and signature are
/// fixed sample values; the golden file pins the bundle format, not a real chain or key.
/// </summary>
internal static class GoldenBundleInputs
{
    public static string GoldenPath => RepositoryRoot.Combine(
        "tests", "ProvenanceLedger.Sdk.Tests", "Proofs", "Golden", "certificate-of-origin.provenance.json");

    public static ProofBundle Build()
    {
        var hasher = new DocumentHasher();
        var documents = Format1Vectors.Section("documents");
        var hashes = documents
            .Select(v => hasher.Recompute(v!["input"]!["document"]!.AsObject(), Format1Vectors.Salts(v["input"]!["salts"])).DocumentHash)
            .ToList();
        var tree = BatchMerkleTree.Build(hashes);

        var input = documents[0]!["input"]!;
        var (document, salts) = new DocumentRedactor().Redact(
            input["document"]!.AsObject(), Format1Vectors.Salts(input["salts"]), ["/body/items/0/hsCode"]);

        var signature = new byte[65];
        Keccak256.Hash("golden r"u8).Bytes.CopyTo(signature);
        Keccak256.Hash("golden s"u8).Bytes.CopyTo(signature.AsSpan(32));
        signature[64] = 27;

        return new ProofBundle(
            document,
            salts,
            hashes[0],
            new BatchInclusion(tree.Root, tree.ProofFor(0), tree.Size),
            new AnchorRecord(
                31337,
                Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"),
                Keccak256.Hash("golden anchor transaction"u8),
                42,
                new DateTimeOffset(2026, 11, 22, 10, 0, 5, TimeSpan.Zero)),
            [
                new BundleSignature(
                    "issuer",
                    Address.Parse(input["document"]!["issuer"]!["address"]!.GetValue<string>()),
                    BundleSignature.Eip712,
                    signature,
                    new JsonObject { ["root"] = tree.Root.ToString(), ["size"] = tree.Size, ["docType"] = "certificate-of-origin" }),
            ]);
    }
}
