using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Verification;

[Collection(ChainCollection.Name)]
public class ChainLedgerViewChainTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task Accreditation_history_replayed_from_events_equals_the_registry_periods_at_every_step()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var view = new ChainLedgerView(bed.Governance);
        var issuer = bed.IssuerKey.Address;
        var type = RegistryScenario.CertificateType;
        var snapshots = new List<ulong> { await bed.Rpc.BlockNumberAsync(CancellationToken.None) };
        await bed.Governance.SuspendAccreditationAsync(issuer, type, AccreditationReason.Administrative);
        snapshots.Add(await bed.Rpc.BlockNumberAsync(CancellationToken.None));
        await bed.Governance.ReinstateAccreditationAsync(issuer, type);
        snapshots.Add(await bed.Rpc.BlockNumberAsync(CancellationToken.None));
        var now = await bed.ChainTimeAsync();
        await bed.Governance.AccreditAsync(issuer, type, now, now.AddDays(30), "Renamed Chamber", "https://renamed.example");
        snapshots.Add(await bed.Rpc.BlockNumberAsync(CancellationToken.None));
        await bed.Governance.EndAccreditationAsync(issuer, type, AccreditationReason.Fraud);
        snapshots.Add(await bed.Rpc.BlockNumberAsync(CancellationToken.None));

        var statuses = new List<AccreditationStatus>();
        foreach (var block in snapshots)
        {
            var point = await view.ResolveAsync(AsOf.AtBlock(block), CancellationToken.None);
            var replayed = await view.GetAccreditationAsync(issuer, type, point, CancellationToken.None);

            Assert.Equal(await bed.Governance.GetAccreditationPeriodsAsync(issuer, type, block), replayed.Periods);
            Assert.Equal((await bed.Governance.GetAccreditationAsync(issuer, type, block)).Status, replayed.Status);
            statuses.Add(replayed.Status);
        }

        Assert.Equal([AccreditationStatus.Active, AccreditationStatus.Suspended, AccreditationStatus.Active, AccreditationStatus.Active, AccreditationStatus.Ended], statuses);
        var last = await view.GetAccreditationAsync(issuer, type, await view.ResolveAsync(AsOf.Latest, CancellationToken.None), CancellationToken.None);
        Assert.Equal(("Renamed Chamber", "https://renamed.example"), (last.Name, last.Uri));
    }
}
