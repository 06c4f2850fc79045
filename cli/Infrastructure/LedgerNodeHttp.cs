using System.Net;
using System.Net.Http.Headers;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// The CLI's calls to a ledger node (<c>--node</c>): one request, the answer as text, and the same one-line errors
/// for every command — unreachable node, refused request, unreadable answer — each ending in what to check.
/// </summary>
internal static class LedgerNodeHttp
{
    private const int ShownBodyLength = 300;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Sends GET (or POST when <paramref name="jsonBody"/> is given) to <paramref name="path"/>; the status and body.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> SendAsync(Uri node, string path, byte[]? jsonBody, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = Timeout };
        using var request = new HttpRequestMessage(jsonBody is null ? HttpMethod.Get : HttpMethod.Post, path);
        if (jsonBody is not null)
        {
            request.Content = new ByteArrayContent(jsonBody);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot reach the ledger node at {node} ({e.Message}); check --node or start it with `provenance dev up`", innerException: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"the ledger node at {node} did not answer within {Timeout.TotalSeconds:0} s; check --node, and that the node is running and not overloaded (GET /health/ready)", innerException: e);
        }
    }

    /// <summary>The error for an answer that is not a success.</summary>
    public static CliException Refused(Uri node, string request, HttpStatusCode status, string body) =>
        new($"the node at {node} answered {(int)status} to {request}: {(body.Length <= ShownBodyLength ? body : body[..ShownBodyLength] + "…")}; check --node");

    /// <summary>The error for a success whose body is not the <paramref name="expected"/> thing.</summary>
    public static CliException Unreadable(Uri node, string expected, Exception e) =>
        new($"the node at {node} answered something that is not {expected} ({e.Message}); check --node", innerException: e);
}
