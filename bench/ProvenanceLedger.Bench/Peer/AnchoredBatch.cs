using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>An issued batch after anchorBySig: every document's proof bundle, ready for a verifier.</summary>
internal sealed record AnchoredBatch(IssuedBatch Issued, AnchorRecord Anchor, BundleSignature IssuerSignature)
{
    public int Count => Issued.Documents.Count;

    /// <summary>The bundle of document <paramref name="index"/>, fully disclosed.</summary>
    public ProofBundle Bundle(int index) => Bundle(index, Issued.Documents[index].Document, Issued.Documents[index].Salts);

    /// <summary>The bundle of document <paramref name="index"/> as disclosed (for example after a redaction).</summary>
    public ProofBundle Bundle(int index, DisclosedDocument disclosed) => Bundle(index, disclosed.Document, disclosed.Salts);

    public HashedDocument Document(int index) => Issued.Documents[index];

    private ProofBundle Bundle(int index, System.Text.Json.Nodes.JsonObject document, IReadOnlyDictionary<string, Salt> salts) =>
        new(document, salts, Issued.Documents[index].DocumentHash,
            new BatchInclusion(Issued.Root, Issued.Proofs[index], Count), Anchor, [IssuerSignature]);
}
