using BenchmarkDotNet.Attributes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench;

/// <summary>
/// Offline checks of one bundle: recompute the document hash from the disclosed document and salts
/// (integrity) and fold the Merkle proof to the batch root. Signature recovery is measured by the
/// Ethereum layer's benchmarks.
/// </summary>
[MemoryDiagnoser]
public class OfflineVerifyBenchmarks
{
    private readonly DocumentHasher _verifier = new();
    private ProofBundle _bundle = null!;
    private byte[] _bundleFile = [];

    [GlobalSetup]
    public void Setup()
    {
        var generator = new CertificateOfOriginGenerator(1337);
        var issuer = new DocumentHasher();
        var issued = Enumerable.Range(0, 1024).Select(i => issuer.Issue(generator.Next(i))).ToList();
        var tree = BatchMerkleTree.Build(issued.Select(d => d.DocumentHash).ToList());
        var (document, salts) = new DocumentRedactor().Redact(issued[7].Document, issued[7].Salts, ["/body/importer"]);
        _bundle = new ProofBundle(
            document,
            salts,
            issued[7].DocumentHash,
            new BatchInclusion(tree.Root, tree.ProofFor(7), tree.Size),
            new AnchorRecord(31337, Address.Zero, Hash32.Zero, 1, DateTimeOffset.UnixEpoch),
            []);
        _bundleFile = ProofBundleWriter.Write(_bundle);
    }

    [Benchmark]
    public bool VerifyIntegrityAndProof()
    {
        var recomputed = _verifier.Recompute(_bundle.Document, _bundle.Salts).DocumentHash;
        return recomputed == _bundle.DocumentHash
            && BatchMerkleTree.Verify(recomputed, _bundle.Batch.Proof, _bundle.Batch.Root);
    }

    [Benchmark]
    public bool ReadAndVerifyBundleFile()
    {
        var bundle = ProofBundleReader.Read(_bundleFile);
        var recomputed = _verifier.Recompute(bundle.Document, bundle.Salts).DocumentHash;
        return recomputed == bundle.DocumentHash && BatchMerkleTree.Verify(recomputed, bundle.Batch.Proof, bundle.Batch.Root);
    }
}
