using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Api;

/// <summary>Customs decisions, filtered and paged.</summary>
internal static class DecisionsApi
{
    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/decisions", ListDecisions)
            .WithName("ListDecisions")
            .WithSummary("Customs decisions in chain order; filter by document, authority, country, decision, block range")
            .WithTags("Decisions")
            .WithCommonProblems();
        return api;
    }

    /// <param name="document">Document hash.</param>
    /// <param name="authority">Customs authority address.</param>
    /// <param name="country">ISO 3166-1 alpha-2 country of the authority.</param>
    /// <param name="decision">RELEASED, HELD, INSPECTION_REQUIRED or REJECTED.</param>
    /// <param name="from">First block (inclusive).</param>
    /// <param name="to">Last block (inclusive).</param>
    /// <param name="limit">Page size (1–1000, default 100).</param>
    /// <param name="cursor">The previous page's nextCursor.</param>
    /// <param name="index">The ledger index.</param>
    public static Ok<Page<DecisionView>> ListDecisions(
        string? document, string? authority, string? country, string? decision, string? from, string? to, int? limit, string? cursor, ILedgerIndex index)
    {
        var toBlock = ApiInput.OptionalBlock(to, "to");
        return TypedResults.Ok(index.ListDecisions(new DecisionQuery
        {
            DocHash = ApiInput.OptionalHash(document, "document"),
            Authority = ApiInput.OptionalAddress(authority, "authority"),
            Country = Country(country),
            Decision = Decision(decision),
            FromBlock = ApiInput.OptionalBlock(from, "from"),
            Limit = ApiInput.Limit(limit),
            Cursor = cursor,
            AsOf = toBlock is { } b ? AsOf.AtBlock(b) : AsOf.Latest,
        }));
    }

    private static string? Country(string? country) =>
        string.IsNullOrEmpty(country) ? null
        : country.Length == 2 && country.All(char.IsAsciiLetter) ? country.ToUpperInvariant()
        : throw new ApiInputException("Malformed country", $"'country' must be an ISO 3166-1 alpha-2 code such as DE; got '{country}'.");

    private static CustomsDecision? Decision(string? decision)
    {
        if (string.IsNullOrEmpty(decision))
        {
            return null;
        }

        var name = decision.Replace("_", "", StringComparison.Ordinal);
        return Enum.TryParse<CustomsDecision>(name, ignoreCase: true, out var parsed) && parsed != CustomsDecision.None && !name.All(char.IsAsciiDigit)
            ? parsed
            : throw new ApiInputException("Unknown decision", string.Create(CultureInfo.InvariantCulture, $"'decision' must be RELEASED, HELD, INSPECTION_REQUIRED or REJECTED; got '{decision}'."));
    }
}
