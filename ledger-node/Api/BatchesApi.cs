using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.Api;

/// <summary>Anchored batches.</summary>
internal static class BatchesApi
{
    public static RouteGroupBuilder MapBatchesApi(this RouteGroupBuilder api)
    {
        var batches = api.MapGroup("/batches").WithTags("Batches");
        batches.MapGet("/", ListBatches)
            .WithName("ListBatches")
            .WithSummary("Anchored batches in chain order, by issuer or document type (paged)")
            .WithCommonProblems();
        batches.MapGet("/{root}", GetBatch)
            .WithName("GetBatch")
            .WithSummary("A batch by its Merkle root: issuer, type, size, anchoring and revocation")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static Results<Ok<BatchView>, ProblemHttpResult> GetBatch(string root, string? asOf, ILedgerIndex index)
    {
        var hash = ApiInput.Hash(root, "root");
        var at = ApiInput.AsOf(asOf);
        return index.GetBatch(hash, at) is { } batch
            ? TypedResults.Ok(batch)
            : ApiProblems.NotFound("Unknown batch", $"No batch with root {hash} is anchored as of {at}; check the root, or wait for the node to index the anchoring block.");
    }

    public static Ok<Page<BatchView>> ListBatches(string? issuer, string? docType, int? limit, string? cursor, string? asOf, ILedgerIndex index) =>
        TypedResults.Ok(index.ListBatches(new BatchQuery
        {
            Issuer = ApiInput.OptionalAddress(issuer, "issuer"),
            DocType = ApiInput.OptionalHash(docType, "docType"),
            Limit = ApiInput.Limit(limit),
            Cursor = cursor,
            AsOf = ApiInput.AsOf(asOf),
        }));
}
