using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Api;

/// <summary>
/// The registry history the API tests read: governance (key 0) accredits the issuer (key 1) for certificates
/// of origin and makes key 3 the customs authority of DE; batch A (5 documents) is anchored, A1 revoked, A2
/// superseded by B0 (batch B, 3 documents), decisions on A0 (released, then inspection) and A3 (held); batch C
/// (2 documents) is anchored and revoked as a whole. Document hashes are seeded (Random(1337)); key 2 relays.
/// Then real documents are issued with the SDK: a parent certificate, and a batch of three certificates
/// derived from it, the second of which is revoked — bundles for POST /verify and the web page.
/// </summary>
public sealed class ApiLedgerScenario
{
    public const string IssuerName = "Industrie- und Handelskammer Hamburg";
    public const string IssuerUri = "https://ihk.example/accreditation";

    private ApiLedgerScenario(HardhatChainFixture chain)
    {
        Rpc = new EthRpcClient(new HttpRpcTransport(chain.RpcUrl));
        GovernanceKey = EthereumKey.FromHex(chain.PrivateKeys[0]);
        IssuerKey = EthereumKey.FromHex(chain.PrivateKeys[1]);
        RelayerKey = EthereumKey.FromHex(chain.PrivateKeys[2]);
        CustomsKey = EthereumKey.FromHex(chain.PrivateKeys[3]);
        OtherKey = EthereumKey.FromHex(chain.PrivateKeys[4]);
        var random = new Random(1337);
        BatchA = Hashes(random, 5);
        BatchB = Hashes(random, 3);
        BatchC = Hashes(random, 2);
        Unknown = Hashes(random, 1)[0];
    }

    public static Hash32 CertificateType => DocumentType.CertificateOfOrigin.Id;

    public EthRpcClient Rpc { get; }

    public EthereumKey GovernanceKey { get; }

    public EthereumKey IssuerKey { get; }

    public EthereumKey RelayerKey { get; }

    public EthereumKey CustomsKey { get; }

    public EthereumKey OtherKey { get; }

    public RegistryClient Governance { get; private set; } = null!;

    public RegistryClient Issuer { get; private set; } = null!;

    public IReadOnlyList<Hash32> BatchA { get; }

    public IReadOnlyList<Hash32> BatchB { get; }

    public IReadOnlyList<Hash32> BatchC { get; }

    /// <summary>A hash no event names.</summary>
    public Hash32 Unknown { get; }

    public BatchMerkleTree TreeA { get; private set; } = null!;

    public BatchMerkleTree TreeB { get; private set; } = null!;

    public BatchMerkleTree TreeC { get; private set; } = null!;

    public RegistryTransaction AnchorA { get; private set; } = null!;

    public RegistryTransaction RevokeA1 { get; private set; } = null!;

    public RegistryTransaction SupersedeA2 { get; private set; } = null!;

    public RegistryTransaction RevokeC { get; private set; } = null!;

    public IReadOnlyList<RegistryTransaction> Decisions { get; private set; } = [];

    /// <summary>The parent certificate's bundle.</summary>
    public ProofBundle Parent { get; private set; } = null!;

    /// <summary>Three certificates derived from <see cref="Parent"/>; [1] is revoked.</summary>
    public IReadOnlyList<ProofBundle> Children { get; private set; } = [];

    /// <summary>The last block the scenario wrote.</summary>
    public ulong LastBlock { get; private set; }

    public static async Task<ApiLedgerScenario> RunAsync(HardhatChainFixture chain)
    {
        var s = new ApiLedgerScenario(chain);
        s.Governance = await RegistryClient.DeployAsync(s.SenderFor(s.GovernanceKey), s.GovernanceKey.Address);
        s.Issuer = s.Governance.WithSender(s.SenderFor(s.IssuerKey));
        var customs = s.Governance.WithSender(s.SenderFor(s.CustomsKey));
        var now = (await s.Rpc.GetBlockByNumberAsync(BlockParameter.Latest, CancellationToken.None))!.Time;
        await s.Governance.AccreditAsync(s.IssuerKey.Address, CertificateType, now.AddHours(-1), now.AddDays(365), IssuerName, IssuerUri);
        await s.Governance.AddCustomsAuthorityAsync(s.CustomsKey.Address, "DE");

        s.TreeA = BatchMerkleTree.Build(s.BatchA);
        s.TreeB = BatchMerkleTree.Build(s.BatchB);
        s.TreeC = BatchMerkleTree.Build(s.BatchC);
        s.AnchorA = await s.Issuer.AnchorAsync(s.TreeA.Root, CertificateType, 5, "batch-a");
        await s.Issuer.AnchorAsync(s.TreeB.Root, CertificateType, 3, "batch-b");
        s.RevokeA1 = await s.Issuer.RevokeDocumentAsync(s.BatchA[1], s.TreeA.Root, s.TreeA.ProofFor(1), RevocationReason.IssuedInError);
        s.SupersedeA2 = await s.Issuer.SupersedeAsync(s.BatchA[2], s.TreeA.Root, s.TreeA.ProofFor(2), s.BatchB[0], s.TreeB.Root, s.TreeB.ProofFor(0));
        s.Decisions =
        [
            await customs.RecordDecisionAsync(s.BatchA[0], CustomsDecision.Released, "DE-2026-0001"),
            await customs.RecordDecisionAsync(s.BatchA[3], CustomsDecision.Held, "DE-2026-0002"),
            await customs.RecordDecisionAsync(s.BatchA[0], CustomsDecision.InspectionRequired, "DE-2026-0003"),
        ];
        await s.Issuer.AnchorAsync(s.TreeC.Root, CertificateType, 2, "batch-c");
        s.RevokeC = await s.Issuer.RevokeBatchAsync(s.TreeC.Root, RevocationReason.Fraud);
        var issuer = new DocumentBatchIssuer(s.IssuerKey, new DirectAnchorSubmitter(s.Issuer), new IssueOptions { BatchUri = "https://ihk.example/batches" });
        var generator = new SampleDocumentGenerator(1337);
        s.Parent = (await issuer.IssueAsync([ReIssue(generator.CertificateOfOrigin(), s.IssuerKey.Address, [])]))[0];
        var derived = new[] { new ParentLink(s.Parent.DocumentHash, ParentRelation.DerivedFrom) };
        s.Children = await issuer.IssueAsync([.. Enumerable.Range(0, 3).Select(_ => ReIssue(generator.CertificateOfOrigin(), s.IssuerKey.Address, derived))]);
        var revoked = await s.Issuer.RevokeDocumentAsync(s.Children[1].DocumentHash, s.Children[1].Batch.Root, s.Children[1].Batch.Proof, RevocationReason.Withdrawn);
        s.LastBlock = revoked.Receipt.BlockNumber;
        return s;
    }

    public TransactionSender SenderFor(EthereumKey key) =>
        new(Rpc, key, options: new TransactionSenderOptions { ReceiptPollInterval = TimeSpan.FromMilliseconds(20) });

    private static TradeDocument ReIssue(TradeDocument document, Address issuer, IEnumerable<ParentLink> parents) =>
        new(document.Type, document.Id, new DocumentIssuer(issuer, document.Issuer.Name), document.IssuedAt, parents, document.Body);

    private static Hash32[] Hashes(Random random, int count)
    {
        var hashes = new Hash32[count];
        var bytes = new byte[32];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            hashes[i] = new Hash32(bytes);
        }

        return hashes;
    }
}
