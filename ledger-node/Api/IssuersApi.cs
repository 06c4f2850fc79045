using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Ledger;

namespace ProvenanceLedger.Node.Api;

/// <summary>Accredited issuers and their accreditation history.</summary>
internal static class IssuersApi
{
    public static RouteGroupBuilder MapIssuersApi(this RouteGroupBuilder api)
    {
        var issuers = api.MapGroup("/issuers").WithTags("Issuers");
        issuers.MapGet("/", ListIssuers)
            .WithName("ListIssuers")
            .WithSummary("Every issuer ever accredited, with accreditations per document type")
            .WithCommonProblems();
        issuers.MapGet("/{address}", GetIssuer)
            .WithName("GetIssuer")
            .WithSummary("An issuer's accreditations, periods and their full history")
            .WithCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static Ok<IReadOnlyList<IssuerView>> ListIssuers(string? asOf, ILedgerIndex index) =>
        TypedResults.Ok(index.ListIssuers(ApiInput.AsOf(asOf)));

    public static Results<Ok<IssuerView>, ProblemHttpResult> GetIssuer(string address, string? asOf, ILedgerIndex index)
    {
        var issuer = ApiInput.Address(address, "address");
        var at = ApiInput.AsOf(asOf);
        return index.GetIssuer(issuer, at) is { } view
            ? TypedResults.Ok(view)
            : ApiProblems.NotFound("Unknown issuer", $"{issuer} was never accredited as of {at}.");
    }
}
