using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Api;

namespace ProvenanceLedger.Node.Relay;

/// <summary>POST /api/v1/anchors (relay a signed batch) and GET /api/v1/anchors/{root} (its state).</summary>
internal static class RelayApi
{
    public static RouteGroupBuilder MapRelayApi(this RouteGroupBuilder api)
    {
        var anchors = api.MapGroup("/anchors").WithTags("Relay");
        anchors.MapPost("/", SubmitAnchor)
            .WithName("SubmitAnchor")
            .WithSummary("Anchor an issuer's EIP-712-signed batch with the node's relayer account; 202 with the transaction hash")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        anchors.MapGet("/{root}", GetAnchor)
            .WithName("GetAnchor")
            .WithSummary("State of a relayed batch: pending, anchored (block) or failed (reason)")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<Results<Accepted<RelayedAnchor>, Ok<RelayedAnchor>>> SubmitAnchor(AnchorRequest request, AnchorRelay relay, CancellationToken cancellationToken)
    {
        var (anchor, isNew) = await relay.SubmitAsync(request, cancellationToken);
        var location = $"/api/v1/anchors/{anchor.Root}";
        return isNew || anchor.State == RelayState.Pending ? TypedResults.Accepted(location, anchor) : TypedResults.Ok(anchor);
    }

    public static Results<Ok<RelayedAnchor>, ProblemHttpResult> GetAnchor(string root, AnchorRelay relay)
    {
        var hash = ApiInput.Hash(root, "root");
        return relay.Get(hash) is { } anchor
            ? TypedResults.Ok(anchor)
            : ApiProblems.NotFound("Not relayed", $"This node did not relay batch {hash}; ask GET /api/v1/batches/{hash} whether it is anchored.");
    }
}
