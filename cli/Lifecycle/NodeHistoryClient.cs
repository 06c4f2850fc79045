using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary>
/// A document's history from a ledger node (<c>GET /api/v1/documents/{hash}/history</c>): answered from the node's
/// index instead of scanning the chain's logs from the deployment block, in the same rows as the chain path.
/// </summary>
internal static class NodeHistoryClient
{
    private static readonly Dictionary<string, string> EventNames = new(StringComparer.Ordinal)
    {
        ["BatchAnchored"] = "anchored",
        ["BatchRevoked"] = "batch revoked",
        ["DocumentRevoked"] = "revoked",
        ["Superseded"] = "superseded",
        ["Supersedes"] = "supersedes",
        ["DecisionRecorded"] = "decision",
    };

    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ReadAsync(Uri node, Hash32 hash, Hash32? root, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        var path = $"api/v1/documents/{hash}/history" + (root is { } r ? $"?root={r}" : string.Empty);
        using var response = await SendAsync(http, node, path, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            // The node knows no event naming the hash: the same empty history the chain path prints.
            return [];
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new CliException($"the node at {node} answered {(int)response.StatusCode} to GET /{path}: {Shorten(answer)}; check --node");
        }

        try
        {
            var events = JsonNode.Parse(answer)?["events"]?.AsArray()
                ?? throw new JsonException("no \"events\" array");
            return [.. events.Select(Row)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new CliException($"the node at {node} answered something that is not a document history ({e.Message}); check --node", innerException: e);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri node, string path, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetAsync(path, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot reach the ledger node at {node} ({e.Message}); check --node or start it with `provenance dev up`", innerException: e);
        }
    }

    private static IReadOnlyList<string> Row(JsonNode? entry)
    {
        var name = (string?)entry?["event"] ?? throw new FormatException("an event without a name");
        var at = entry!["at"] ?? throw new FormatException($"event {name} without a location");
        return
        [
            ((ulong)at["blockNumber"]!).ToString(CultureInfo.InvariantCulture),
            EventNames.GetValueOrDefault(name, name),
            (string?)entry["detail"] ?? string.Empty,
            (string?)at["transactionHash"] ?? string.Empty,
        ];
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
