using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.Api;

/// <summary>GET /api/v1/status: chain, head, indexed block, lag and the index's identity.</summary>
internal static class StatusApi
{
    public static RouteGroupBuilder MapStatusApi(this RouteGroupBuilder api)
    {
        api.MapGet("/status", GetStatus)
            .WithName("GetStatus")
            .WithSummary("Chain, head block, indexed block, lag and index identity")
            .WithTags("Status");
        return api;
    }

    public static Ok<IndexStatus> GetStatus(ILedgerIndex index) => TypedResults.Ok(index.GetStatus());
}
