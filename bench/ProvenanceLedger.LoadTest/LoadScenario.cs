using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.LoadTest;

/// <summary>
/// What the load runs against: a registry with <paramref name="Bundles"/> real certificates (seeded), one in ten
/// revoked, a customs decision on every fifth, and extra anchored batches so the index covers
/// <paramref name="DocumentsIndexed"/> documents in all.
/// </summary>
internal sealed record LoadScenario(Address Registry, IReadOnlyList<ProofBundle> Bundles, long DocumentsIndexed, ulong LastBlock)
{
    // Batches of 100: the verify load cycles through documents of ten batches (ten issuer signatures), not one.
    private const int BatchSize = 100;

    /// <summary>How many batches the issued certificates were anchored in.</summary>
    public int BatchCount => Bundles.Select(b => b.Batch.Root).Distinct().Count();

    public static async Task<LoadScenario> CreateAsync(Uri rpcUrl, IReadOnlyList<string> keys, int certificates, int syntheticBatches, uint syntheticBatchSize)
    {
        using var registry = await RegistryScenario.DeployAsync(rpcUrl, keys, new RegistryScenarioOptions
        {
            IssuerName = "Load Test Chamber of Commerce",
            IssuerUri = "https://load.example/",
            AccreditedFrom = TimeSpan.FromHours(-1),
            CustomsCountry = "DE",
            ReceiptPollInterval = TimeSpan.FromMilliseconds(10),
        });

        var generator = new SampleDocumentGenerator(1337);
        var documents = Enumerable.Range(0, certificates).Select(_ => registry.FromIssuer(generator.CertificateOfOrigin())).ToList();
        var bundles = await registry.DocumentIssuer(new IssueOptions { MaxBatchSize = BatchSize }).IssueAsync(documents);
        for (var i = 0; i < bundles.Count; i += 10)
        {
            await registry.RevokeDocumentAsync(bundles[i], RevocationReason.Withdrawn);
        }

        RegistryTransaction last = null!;
        for (var i = 5; i < bundles.Count; i += 5)
        {
            last = await registry.Customs.RecordDecisionAsync(bundles[i].DocumentHash, CustomsDecision.Released, $"DE-LOAD-{i:D5}");
        }

        // Batches whose documents are not held here: they make the index cover many documents without issuing them all.
        for (var i = 0; i < syntheticBatches; i++)
        {
            last = await registry.Issuer.AnchorAsync(registry.NewHash(), RegistryScenario.CertificateType, syntheticBatchSize);
        }

        return new LoadScenario(registry.Registry, bundles, certificates + ((long)syntheticBatches * syntheticBatchSize), last.Receipt.BlockNumber);
    }
}
