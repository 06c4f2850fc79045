using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Testing;

/// <summary>
/// A fresh registry on a test chain and the parties that drive it: governance (key 0) deploys it, accredits the
/// issuer (key 1) for certificates of origin and makes key 3 a customs authority; key 2 relays, key 4 is a
/// bystander. Document hashes are seeded, so every run of a test produces the same roots. Every chain test, the
/// API tests and the load test build their history on this one set-up; <see cref="RegistryScenarioOptions"/>
/// says what differs.
/// </summary>
public sealed class RegistryScenario : IDisposable
{
    private readonly HttpRpcTransport _transport;
    private readonly Random _random;

    private RegistryScenario(Uri rpcUrl, IReadOnlyList<string> privateKeys, RegistryScenarioOptions options)
    {
        _transport = new HttpRpcTransport(rpcUrl);
        Rpc = new EthRpcClient(_transport);
        Options = options;
        _random = new Random(options.Seed);
        GovernanceKey = EthereumKey.FromHex(privateKeys[0]);
        IssuerKey = EthereumKey.FromHex(privateKeys[1]);
        RelayerKey = EthereumKey.FromHex(privateKeys[2]);
        CustomsKey = EthereumKey.FromHex(privateKeys[3]);
        OtherKey = EthereumKey.FromHex(privateKeys[4]);
    }

    public static Hash32 CertificateType => DocumentType.CertificateOfOrigin.Id;

    public RegistryScenarioOptions Options { get; }

    public EthRpcClient Rpc { get; }

    public EthereumKey GovernanceKey { get; }

    public EthereumKey IssuerKey { get; }

    public EthereumKey RelayerKey { get; }

    public EthereumKey CustomsKey { get; }

    public EthereumKey OtherKey { get; }

    public RegistryClient Governance { get; private set; } = null!;

    public RegistryClient Issuer { get; private set; } = null!;

    public RegistryClient Relayer { get; private set; } = null!;

    public RegistryClient Customs { get; private set; } = null!;

    public RegistryDomain Domain { get; private set; } = null!;

    public Address Registry => Governance.Address;

    /// <summary>The block the registry was deployed in.</summary>
    public ulong DeploymentBlock { get; private set; }

    /// <summary>The end of the issuer's accreditation window (a year after deployment); unset without accreditation.</summary>
    public DateTimeOffset AccreditedUntil { get; private set; }

    public static Task<RegistryScenario> DeployAsync(HardhatChainFixture chain, RegistryScenarioOptions? options = null) =>
        DeployAsync(chain.RpcUrl, chain.PrivateKeys, options);

    /// <summary>Deploys the registry with the first five of <paramref name="privateKeys"/> as the parties.</summary>
    public static async Task<RegistryScenario> DeployAsync(Uri rpcUrl, IReadOnlyList<string> privateKeys, RegistryScenarioOptions? options = null)
    {
        var scenario = new RegistryScenario(rpcUrl, privateKeys, options ?? new RegistryScenarioOptions());
        scenario.Governance = await RegistryClient.DeployAsync(scenario.SenderFor(scenario.GovernanceKey), scenario.GovernanceKey.Address);
        // The chain automines one block per transaction and the tests on one chain run one at a time.
        scenario.DeploymentBlock = await scenario.Rpc.BlockNumberAsync(CancellationToken.None);
        scenario.RenewSenders();
        scenario.Domain = await scenario.Governance.GetDomainAsync();
        if (scenario.Options.AccreditIssuer)
        {
            var now = await scenario.ChainTimeAsync();
            scenario.AccreditedUntil = now.AddDays(365);
            await scenario.Governance.AccreditAsync(
                scenario.IssuerKey.Address, CertificateType, now + scenario.Options.AccreditedFrom, scenario.AccreditedUntil, scenario.Options.IssuerName, scenario.Options.IssuerUri);
        }

        await scenario.Governance.AddCustomsAuthorityAsync(scenario.CustomsKey.Address, scenario.Options.CustomsCountry);
        return scenario;
    }

    /// <summary>New senders for every party: after evm_revert the old ones' cached nonces are ahead of the chain.</summary>
    public void RenewSenders()
    {
        Governance = Governance.WithSender(SenderFor(GovernanceKey));
        Issuer = Governance.WithSender(SenderFor(IssuerKey));
        Relayer = Governance.WithSender(SenderFor(RelayerKey));
        Customs = Governance.WithSender(SenderFor(CustomsKey));
    }

    /// <summary>A seeded hash (the next one in the scenario's sequence).</summary>
    public Hash32 NewHash()
    {
        var bytes = new byte[Hash32.Size];
        _random.NextBytes(bytes);
        return new Hash32(bytes);
    }

    /// <summary>Seeded document hashes for a new batch.</summary>
    public Hash32[] NewDocuments(int count) => [.. Enumerable.Range(0, count).Select(_ => NewHash())];

    /// <summary>Anchors a batch of <paramref name="documents"/> directly from the issuer (a direct anchor logs no URI, and the issuer as relayer).</summary>
    public async Task<AnchoredBatch> AnchorAsync(Hash32[] documents)
    {
        var tree = BatchMerkleTree.Build(documents);
        var sent = await Issuer.AnchorAsync(tree.Root, CertificateType, (uint)documents.Length);
        return new AnchoredBatch(tree, documents, sent);
    }

    /// <summary>
    /// Anchors a batch of <paramref name="documents"/> through the relayed path: the issuer signs it (with
    /// <paramref name="uri"/>, which only a relayed anchor logs) and the relayer (key 2) sends anchorBySig and pays.
    /// </summary>
    public async Task<AnchoredBatch> AnchorRelayedAsync(Hash32[] documents, string uri)
    {
        var tree = BatchMerkleTree.Build(documents);
        var message = new AnchorBatchMessage(
            tree.Root, CertificateType, (uint)documents.Length, uri, await Governance.NoncesAsync(IssuerKey.Address), (await ChainTimeAsync()).AddHours(1));
        var sent = await Relayer.AnchorBySigAsync(message, IssuerKey.Address, message.Sign(IssuerKey, Domain));
        return new AnchoredBatch(tree, documents, sent);
    }

    /// <summary>The issuer revokes document <paramref name="index"/> of <paramref name="batch"/>.</summary>
    public Task<RegistryTransaction<DocumentRevokedEvent>> RevokeDocumentAsync(AnchoredBatch batch, int index, RevocationReason reason) =>
        Issuer.RevokeDocumentAsync(batch.Documents[index], batch.Root, batch.ProofOf(index), reason);

    /// <summary>The issuer revokes the document of <paramref name="bundle"/>.</summary>
    public Task<RegistryTransaction<DocumentRevokedEvent>> RevokeDocumentAsync(ProofBundle bundle, RevocationReason reason) =>
        Issuer.RevokeDocumentAsync(bundle.DocumentHash, bundle.Batch.Root, bundle.Batch.Proof, reason);

    /// <summary>The issuer supersedes document <paramref name="oldIndex"/> of <paramref name="old"/> by document <paramref name="newIndex"/> of <paramref name="replacement"/>.</summary>
    public Task<RegistryTransaction<SupersededEvent>> SupersedeAsync(AnchoredBatch old, int oldIndex, AnchoredBatch replacement, int newIndex) =>
        Issuer.SupersedeAsync(old.Documents[oldIndex], old.Root, old.ProofOf(oldIndex), replacement.Documents[newIndex], replacement.Root, replacement.ProofOf(newIndex));

    /// <summary>Issues real documents as the issuer, each batch anchored directly by the issuer's account.</summary>
    public DocumentBatchIssuer DocumentIssuer(IssueOptions? options = null, ISaltSource? salts = null) =>
        new(IssuerKey, new DirectAnchorSubmitter(Issuer), options, salts);

    /// <summary>
    /// <paramref name="sample"/> (whose issuer the sample generator made up) as issued by this scenario's issuer, with
    /// <paramref name="parents"/> instead of the sample's when given.
    /// </summary>
    public TradeDocument FromIssuer(TradeDocument sample, IEnumerable<ParentLink>? parents = null) =>
        new(sample.Type, sample.Id, new DocumentIssuer(IssuerKey.Address, sample.Issuer.Name), sample.IssuedAt, parents ?? sample.Parents, sample.Body);

    public TransactionSender SenderFor(EthereumKey key) =>
        new(Rpc, key, options: new TransactionSenderOptions { ReceiptPollInterval = Options.ReceiptPollInterval });

    public async Task<DateTimeOffset> ChainTimeAsync() =>
        (await Rpc.GetBlockByNumberAsync(BlockParameter.Latest, CancellationToken.None))!.Time;

    public void Dispose() => _transport.Dispose();
}
