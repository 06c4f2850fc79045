using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

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
        var rpc = new EthRpcClient(new HttpRpcTransport(rpcUrl));
        TransactionSender Sender(int i) => new(rpc, EthereumKey.FromHex(keys[i]), options: new TransactionSenderOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(10) });
        var governanceKey = EthereumKey.FromHex(keys[0]);
        var issuerKey = EthereumKey.FromHex(keys[1]);
        var governance = await RegistryClient.DeployAsync(Sender(0), governanceKey.Address);
        var issuer = governance.WithSender(Sender(1));
        var customs = governance.WithSender(Sender(3));
        var now = (await rpc.GetBlockByNumberAsync(BlockParameter.Latest, CancellationToken.None))!.Time;
        var type = DocumentType.CertificateOfOrigin.Id;
        await governance.AccreditAsync(issuerKey.Address, type, now.AddHours(-1), now.AddDays(365), "Load Test Chamber of Commerce", "https://load.example/");
        await governance.AddCustomsAuthorityAsync(EthereumKey.FromHex(keys[3]).Address, "DE");

        var generator = new SampleDocumentGenerator(1337);
        var documents = Enumerable.Range(0, certificates).Select(_ => generator.CertificateOfOrigin())
            .Select(d => new TradeDocument(d.Type, d.Id, new DocumentIssuer(issuerKey.Address, d.Issuer.Name), d.IssuedAt, d.Parents, d.Body))
            .ToList();
        var bundles = await new DocumentBatchIssuer(issuerKey, new DirectAnchorSubmitter(issuer), new IssueOptions { MaxBatchSize = BatchSize }).IssueAsync(documents);
        for (var i = 0; i < bundles.Count; i += 10)
        {
            await issuer.RevokeDocumentAsync(bundles[i].DocumentHash, bundles[i].Batch.Root, bundles[i].Batch.Proof, RevocationReason.Withdrawn);
        }

        RegistryTransaction last = null!;
        for (var i = 5; i < bundles.Count; i += 5)
        {
            last = await customs.RecordDecisionAsync(bundles[i].DocumentHash, CustomsDecision.Released, $"DE-LOAD-{i:D5}");
        }

        // Batches whose documents are not held here: they make the index cover many documents without issuing them all.
        var seed = new Random(1337);
        var root = new byte[32];
        for (var i = 0; i < syntheticBatches; i++)
        {
            seed.NextBytes(root);
            last = await issuer.AnchorAsync(new Hash32(root), type, syntheticBatchSize, "synthetic");
        }

        return new LoadScenario(governance.Address, bundles, certificates + ((long)syntheticBatches * syntheticBatchSize), last.Receipt.BlockNumber);
    }
}
