using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ProvenanceLedger.Node.Relay;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// Turns every anticipated failure into RFC 7807 problem+json with a precise 4xx (or 503 while the index
/// cannot answer). Anything unforeseen is logged and answered as a plain 500 problem without internals.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = Describe(exception);
        if (status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static (int Status, string Title, string Detail) Describe(Exception exception) => exception switch
    {
        ApiInputException input => (input.StatusCode, input.Title, input.Message),
        RelayException relay => (relay.StatusCode, relay.Title, relay.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            (StatusCodes.Status413PayloadTooLarge, "Request body too large", "The body exceeds the node's limit (Api:MaxRequestBodyBytes); send the bundle without unneeded parents or ask the operator to raise the limit."),
        BadHttpRequestException { InnerException: JsonException json } =>
            (StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON: {json.Message}"),
        BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
        JsonException json => (StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON: {json.Message}"),
        BundleFormatException bundle => (StatusCodes.Status400BadRequest, "Not a readable proof bundle", bundle.Message),
        LedgerUnavailableException unavailable =>
            (StatusCodes.Status503ServiceUnavailable, "Index unavailable", $"{unavailable.Message} Retry later or ask another node."),
        ArgumentException argument => (StatusCodes.Status400BadRequest, "Bad request", argument.Message),
        _ => (StatusCodes.Status500InternalServerError, "Internal error", "The node failed to answer; the error is logged. Retry, and report it if it persists."),
    };
}
