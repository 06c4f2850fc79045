using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>
/// A fresh registry on the test chain and the parties that drive it: governance (key 0), an issuer (key 1)
/// accredited for certificates of origin, a customs authority of CL (key 3). Batches are built from seeded
/// document hashes, so every run of a test produces the same roots.
/// </summary>
internal sealed class RegistryScenario : IDisposable
{
    private readonly HttpRpcTransport _transport;
    private readonly Random _random;

    private RegistryScenario(HardhatChainFixture chain, int seed)
    {
        _transport = new HttpRpcTransport(chain.RpcUrl);
        Rpc = new EthRpcClient(_transport);
        _random = new Random(seed);
        GovernanceKey = EthereumKey.FromHex(chain.PrivateKeys[0]);
        IssuerKey = EthereumKey.FromHex(chain.PrivateKeys[1]);
        CustomsKey = EthereumKey.FromHex(chain.PrivateKeys[3]);
    }

    public static Hash32 CertificateType => DocumentType.CertificateOfOrigin.Id;

    public EthRpcClient Rpc { get; }

    public EthereumKey GovernanceKey { get; }

    public EthereumKey IssuerKey { get; }

    public EthereumKey CustomsKey { get; }

    public RegistryClient Governance { get; private set; } = null!;

    public RegistryClient Issuer { get; private set; } = null!;

    public RegistryClient Customs { get; private set; } = null!;

    /// <summary>The block the registry was deployed in.</summary>
    public ulong DeploymentBlock { get; private set; }

    public Address Registry => Governance.Address;

    public static async Task<RegistryScenario> DeployAsync(HardhatChainFixture chain, int seed = 1337)
    {
        var scenario = new RegistryScenario(chain, seed);
        scenario.Governance = await RegistryClient.DeployAsync(scenario.SenderFor(scenario.GovernanceKey), scenario.GovernanceKey.Address);
        // The chain automines one block per transaction and the collection's tests run one at a time.
        scenario.DeploymentBlock = await scenario.Rpc.BlockNumberAsync(default);
        scenario.Issuer = scenario.Governance.WithSender(scenario.SenderFor(scenario.IssuerKey));
        scenario.Customs = scenario.Governance.WithSender(scenario.SenderFor(scenario.CustomsKey));
        var now = await scenario.ChainTimeAsync();
        await scenario.Governance.AccreditAsync(scenario.IssuerKey.Address, CertificateType, now, now.AddDays(365), "Cámara de Comercio de Santiago", "https://ccs.example");
        await scenario.Governance.AddCustomsAuthorityAsync(scenario.CustomsKey.Address, "CL");
        return scenario;
    }

    /// <summary>New senders for every party: after evm_revert the old ones' cached nonces are ahead of the chain.</summary>
    public void RenewSenders()
    {
        Governance = Governance.WithSender(SenderFor(GovernanceKey));
        Issuer = Governance.WithSender(SenderFor(IssuerKey));
        Customs = Governance.WithSender(SenderFor(CustomsKey));
    }

    /// <summary>Seeded document hashes for a new batch.</summary>
    public Hash32[] NewDocuments(int count) => [.. Enumerable.Range(0, count).Select(_ => RandomHash())];

    /// <summary>Anchors a batch of <paramref name="documents"/> from the issuer.</summary>
    public async Task<AnchoredBatch> AnchorAsync(Hash32[] documents)
    {
        var tree = BatchMerkleTree.Build(documents);
        var sent = await Issuer.AnchorAsync(tree.Root, CertificateType, (uint)documents.Length, "ipfs://batch/" + tree.Root.ToString()[2..10]);
        return new AnchoredBatch(tree, documents, sent.Receipt.BlockNumber);
    }

    public TransactionSender SenderFor(EthereumKey key) =>
        new(Rpc, key, options: new TransactionSenderOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(20) });

    public async Task<DateTimeOffset> ChainTimeAsync() =>
        (await Rpc.GetBlockByNumberAsync(BlockParameter.Latest, CancellationToken.None))!.Time;

    public void Dispose() => _transport.Dispose();

    private Hash32 RandomHash()
    {
        var bytes = new byte[Hash32.Size];
        _random.NextBytes(bytes);
        return new Hash32(bytes);
    }
}

/// <summary>An anchored batch: its tree (root and proofs), documents, and block.</summary>
internal sealed record AnchoredBatch(BatchMerkleTree Tree, Hash32[] Documents, ulong Block)
{
    public Hash32 Root => Tree.Root;

    public IReadOnlyList<Hash32> ProofOf(int index) => Tree.ProofFor(index);
}
