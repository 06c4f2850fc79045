using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.Health;

/// <summary>
/// Ready when the index matches the chain and lags at most ReadyLag blocks; degraded (still 200) when the
/// chain is unreachable but the index is recent; unhealthy when the index is stale, empty or far behind.
/// </summary>
internal sealed class LedgerReadyCheck(ILedgerIndex index, IOptions<LedgerNodeOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = index.GetStatus();
        var data = new Dictionary<string, object>
        {
            ["state"] = status.State.ToString(),
            ["indexedBlock"] = status.IndexedBlock?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
            ["headBlock"] = status.HeadBlock?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown",
            ["lag"] = status.Lag,
            ["logCount"] = status.LogCount,
            ["reorgs"] = status.Reorgs,
        };
        var withinLag = status.IndexedBlock is not null && status.Lag <= (ulong)options.Value.ReadyLag;
        var result = status.State switch
        {
            IndexState.ChainMismatch => HealthCheckResult.Unhealthy(status.Problem, data: data),
            IndexState.Degraded when withinLag => HealthCheckResult.Degraded($"chain unreachable, serving the index {status.Lag} blocks behind: {status.Problem}", data: data),
            _ when withinLag => HealthCheckResult.Healthy($"indexed to block {status.IndexedBlock}, {status.Lag} blocks behind", data),
            _ => HealthCheckResult.Unhealthy($"{status.State}: {status.Lag} blocks behind (ready at {options.Value.ReadyLag}){(status.Problem is null ? "" : ": " + status.Problem)}", data: data),
        };
        return Task.FromResult(result);
    }
}
