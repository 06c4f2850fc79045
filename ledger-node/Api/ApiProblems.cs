using Microsoft.AspNetCore.Http.HttpResults;

namespace ProvenanceLedger.Node.Api;

/// <summary>Problem results the handlers return as typed results.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>Declares the problems every /api/v1 operation may answer with.</summary>
    public static RouteHandlerBuilder WithCommonProblems(this RouteHandlerBuilder route) => route
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
