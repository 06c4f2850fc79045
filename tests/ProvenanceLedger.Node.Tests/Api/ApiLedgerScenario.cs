using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Api;

/// <summary>
/// The registry history the API tests read, on a <see cref="RegistryScenario"/> whose issuer is accredited from an
/// hour before deployment and whose customs authority is DE's: batch A (5 documents) is anchored, A1 revoked, A2
/// superseded by B0 (batch B, 3 documents), decisions on A0 (released, then inspection) and A3 (held); batch C
/// (2 documents) is anchored and revoked as a whole; batch D (2 documents) is relayed (signed by the issuer, sent by key 2,
/// with <see cref="RelayedBatchUri"/>). Then real documents are issued with the SDK: a parent
/// certificate, and a batch of three certificates derived from it, the second of which is revoked — bundles for
/// POST /verify and the web page.
/// </summary>
public sealed class ApiLedgerScenario : IDisposable
{
    public const string IssuerName = "Industrie- und Handelskammer Hamburg";
    public const string IssuerUri = "https://ihk.example/accreditation";
    public const string RelayedBatchUri = "https://ihk.example/batches/relayed-d";

    private ApiLedgerScenario(RegistryScenario registry) => Registry = registry;

    public static Hash32 CertificateType => RegistryScenario.CertificateType;

    /// <summary>The registry and its parties.</summary>
    public RegistryScenario Registry { get; }

    /// <summary>A hash no event names.</summary>
    public Hash32 Unknown { get; private set; }

    public AnchoredBatch A { get; private set; } = null!;

    public AnchoredBatch B { get; private set; } = null!;

    public AnchoredBatch C { get; private set; } = null!;

    /// <summary>The relayed batch: its log names <see cref="RelayedBatchUri"/> and the relayer (key 2).</summary>
    public AnchoredBatch D { get; private set; } = null!;

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
        var registry = await RegistryScenario.DeployAsync(chain, new RegistryScenarioOptions
        {
            IssuerName = IssuerName,
            IssuerUri = IssuerUri,
            AccreditedFrom = TimeSpan.FromHours(-1),
            CustomsCountry = "DE",
        });
        var s = new ApiLedgerScenario(registry);
        // Every seeded hash is drawn before the first anchoring, in this order.
        var (documentsA, documentsB, documentsC) = (registry.NewDocuments(5), registry.NewDocuments(3), registry.NewDocuments(2));
        s.Unknown = registry.NewHash();
        var documentsD = registry.NewDocuments(2);
        s.A = await registry.AnchorAsync(documentsA);
        s.B = await registry.AnchorAsync(documentsB);
        s.RevokeA1 = await registry.RevokeDocumentAsync(s.A, 1, RevocationReason.IssuedInError);
        s.SupersedeA2 = await registry.SupersedeAsync(s.A, 2, s.B, 0);
        s.Decisions =
        [
            await registry.Customs.RecordDecisionAsync(s.A.Documents[0], CustomsDecision.Released, "DE-2026-0001"),
            await registry.Customs.RecordDecisionAsync(s.A.Documents[3], CustomsDecision.Held, "DE-2026-0002"),
            await registry.Customs.RecordDecisionAsync(s.A.Documents[0], CustomsDecision.InspectionRequired, "DE-2026-0003"),
        ];
        s.C = await registry.AnchorAsync(documentsC);
        s.RevokeC = await registry.Issuer.RevokeBatchAsync(s.C.Root, RevocationReason.Fraud);
        s.D = await registry.AnchorRelayedAsync(documentsD, RelayedBatchUri);
        var issuer = registry.DocumentIssuer(new IssueOptions { BatchUri = "https://ihk.example/batches" });
        var generator = new SampleDocumentGenerator(1337);
        s.Parent = (await issuer.IssueAsync([registry.FromIssuer(generator.CertificateOfOrigin(), [])]))[0];
        var derived = new[] { new ParentLink(s.Parent.DocumentHash, ParentRelation.DerivedFrom) };
        s.Children = await issuer.IssueAsync([.. Enumerable.Range(0, 3).Select(_ => registry.FromIssuer(generator.CertificateOfOrigin(), derived))]);
        var revoked = await registry.RevokeDocumentAsync(s.Children[1], RevocationReason.Withdrawn);
        s.LastBlock = revoked.Receipt.BlockNumber;
        return s;
    }

    public void Dispose() => Registry.Dispose();
}
