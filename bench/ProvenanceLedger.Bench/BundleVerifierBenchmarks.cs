using BenchmarkDotNet.Attributes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Bench;

/// <summary>
/// The SDK's offline verification of a bundle (<see cref="OfflineBundleVerifier"/>): integrity + Merkle proof +
/// the issuer's EIP-712 AnchorBatch signature. <see cref="SameBatch"/> verifies the bundles of one batch of
/// 1,024 certificates in turn (the issuer signature, shared by the batch, is recovered once);
/// <see cref="EveryBundleRecovers"/> recovers the signature for every bundle, as for bundles of distinct batches.
/// </summary>
[MemoryDiagnoser]
public class BundleVerifierBenchmarks
{
    private const int BatchSize = 1024;

    private readonly OfflineBundleVerifier _remembering = new();
    private readonly OfflineBundleVerifier _recovering = new(rememberedSignatures: 0);
    private ProofBundle[] _bundles = [];
    private int _next;

    /// <summary>The bundles of one signed batch.</summary>
    public IReadOnlyList<ProofBundle> Bundles => _bundles;

    [GlobalSetup]
    public void Setup()
    {
        var key = EthereumKey.FromPrivateKey(Enumerable.Repeat((byte)0x42, 32).ToArray());
        var generator = new SampleDocumentGenerator(1337);
        var documents = Enumerable.Range(0, BatchSize)
            .Select(_ => generator.CertificateOfOrigin())
            .Select(d => new TradeDocument(d.Type, d.Id, new DocumentIssuer(key.Address, d.Issuer.Name), d.IssuedAt, d.Parents, d.Body).ToJson())
            .ToList();
        var batch = PreparedBatch.Prepare(documents, new DocumentHasher());
        var domain = new RegistryDomain(31337, Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
        var message = new AnchorBatchMessage(batch.Tree.Root, DocumentType.CertificateOfOrigin.Id, BatchSize, "", 0, DateTimeOffset.UnixEpoch.AddYears(60));
        var signature = new BundleSignature("issuer", key.Address, BundleSignature.Eip712, message.Sign(key, domain).ToBytes(), message.ToJson());
        var anchor = new AnchorRecord(domain.ChainId, domain.Registry, Hash32.Zero, 100, DateTimeOffset.UnixEpoch.AddYears(57));
        _bundles = [.. batch.Documents.Select((d, i) => new ProofBundle(d.Document, d.Salts, d.DocumentHash,
            new BatchInclusion(batch.Tree.Root, batch.Proofs[i], BatchSize), anchor, [signature]))];
        if (!_bundles.All(b => _recovering.Verify(b).Passed))
        {
            throw new InvalidOperationException("the benchmark bundles do not verify");
        }
    }

    [Benchmark(Baseline = true)]
    public bool SameBatch() => _remembering.Verify(NextBundle()).Passed;

    [Benchmark]
    public bool EveryBundleRecovers() => _recovering.Verify(NextBundle()).Passed;

    private ProofBundle NextBundle() => _bundles[_next++ % BatchSize];
}
