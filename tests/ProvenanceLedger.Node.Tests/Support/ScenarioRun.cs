using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>
/// Drives every kind of registry event once, in a fixed order, and remembers the blocks: three batches, a
/// document revocation, a supersession, three customs decisions, a batch revocation, a suspension and a
/// reinstatement.
/// </summary>
internal sealed record ScenarioRun(
    AnchoredBatch A,
    AnchoredBatch B,
    AnchoredBatch C,
    ulong DocumentRevokedBlock,
    ulong SupersededBlock,
    ulong[] DecisionBlocks,
    ulong BatchRevokedBlock,
    ulong SuspendedBlock,
    ulong ReinstatedBlock)
{
    public static async Task<ScenarioRun> RunAsync(RegistryScenario scenario)
    {
        var a = await scenario.AnchorAsync(scenario.NewDocuments(5));
        var b = await scenario.AnchorAsync(scenario.NewDocuments(3));
        var c = await scenario.AnchorAsync(scenario.NewDocuments(1));
        var revoked = await scenario.RevokeDocumentAsync(a, 1, RevocationReason.Fraud);
        var superseded = await scenario.SupersedeAsync(a, 2, b, 0);
        var released = await scenario.Customs.RecordDecisionAsync(a.Documents[0], CustomsDecision.Released, "CL-DEC-0001");
        var held = await scenario.Customs.RecordDecisionAsync(a.Documents[0], CustomsDecision.Held, "CL-DEC-0002");
        var rejected = await scenario.Customs.RecordDecisionAsync(b.Documents[1], CustomsDecision.Rejected, "CL-DEC-0003");
        var batchRevoked = await scenario.Issuer.RevokeBatchAsync(c.Root, RevocationReason.IssuedInError);
        var suspended = await scenario.Governance.SuspendAccreditationAsync(scenario.IssuerKey.Address, RegistryScenario.CertificateType, AccreditationReason.Administrative);
        var reinstated = await scenario.Governance.ReinstateAccreditationAsync(scenario.IssuerKey.Address, RegistryScenario.CertificateType);
        return new ScenarioRun(
            a, b, c, revoked.Receipt.BlockNumber, superseded.Receipt.BlockNumber,
            [released.Receipt.BlockNumber, held.Receipt.BlockNumber, rejected.Receipt.BlockNumber],
            batchRevoked.Receipt.BlockNumber, suspended.Receipt.BlockNumber, reinstated.Receipt.BlockNumber);
    }
}
