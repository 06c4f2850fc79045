using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Api;

/// <summary>Status and history of a document hash.</summary>
internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/{hash}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("Status of a document hash: revocation, supersession, decisions; with ?root=&proof= its anchoring")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        documents.MapGet("/{hash}/history", GetDocumentHistory)
            .WithName("GetDocumentHistory")
            .WithSummary("Every registry event touching a document hash, in chain order")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <param name="hash">The document hash.</param>
    /// <param name="root">Its batch root (optional).</param>
    /// <param name="proof">Its Merkle path, comma-separated hashes (optional; "" for a batch of one).</param>
    /// <param name="asOf">Block number or ISO 8601 time (optional).</param>
    /// <param name="index">The ledger index.</param>
    public static Ok<DocumentStatusResponse> GetDocument(string hash, string? root, string? proof, string? asOf, ILedgerIndex index) =>
        TypedResults.Ok(DocumentStatusReader.Status(index, ApiInput.Hash(hash, "hash"), ApiInput.OptionalHash(root, "root"), Proof(proof, root), ApiInput.AsOf(asOf)));

    /// <param name="hash">The document hash.</param>
    /// <param name="root">Its batch root, to include the anchoring (optional).</param>
    /// <param name="asOf">Block number or ISO 8601 time (optional).</param>
    /// <param name="index">The ledger index.</param>
    public static Ok<DocumentHistoryResponse> GetDocumentHistory(string hash, string? root, string? asOf, ILedgerIndex index) =>
        TypedResults.Ok(DocumentStatusReader.History(index, ApiInput.Hash(hash, "hash"), ApiInput.OptionalHash(root, "root"), ApiInput.AsOf(asOf)));

    private static Hash32[]? Proof(string? proof, string? root)
    {
        if (proof is null)
        {
            return null;
        }

        if (root is null)
        {
            throw new ApiInputException("Proof without root", "'proof' needs the batch 'root' it leads to.");
        }

        return proof.Length == 0 ? [] : [.. proof.Split(',').Select((p, i) => ApiInput.Hash(p, $"proof[{i}]"))];
    }
}
