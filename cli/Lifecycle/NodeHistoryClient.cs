using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Lifecycle;

/// <summary>
/// A document's history from a ledger node (<c>GET /api/v1/documents/{hash}/history</c>): answered from the node's
/// index instead of scanning the chain's logs from the deployment block, in the same rows as the chain path (<see cref="HistoryRows"/>).
/// </summary>
internal static class NodeHistoryClient
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ReadAsync(Uri node, Hash32 hash, Hash32? root, CancellationToken cancellationToken)
    {
        var path = $"api/v1/documents/{hash}/history" + (root is { } r ? $"?root={r}" : string.Empty);
        var (status, answer) = await LedgerNodeHttp.SendAsync(node, path, null, cancellationToken);
        if (status == HttpStatusCode.NotFound && IsUnknownDocument(answer))
        {
            // The node knows no event naming the hash: the same empty history the chain path prints. Any other
            // 404 (a wrong --node, an older node without this route) is an error, not an empty history.
            return [];
        }

        if (status != HttpStatusCode.OK)
        {
            throw LedgerNodeHttp.Refused(node, "GET /" + path, status, answer);
        }

        try
        {
            var events = JsonNode.Parse(answer)?["events"]?.AsArray()
                ?? throw new JsonException("no \"events\" array");
            return [.. events.Select(Row)];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw LedgerNodeHttp.Unreadable(node, "a document history", e);
        }
    }

    // The node's problem for a hash no registry event names (DocumentStatusReader).
    private static bool IsUnknownDocument(string answer)
    {
        try
        {
            return (string?)JsonNode.Parse(answer)?["title"] == "Unknown document";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IReadOnlyList<string> Row(JsonNode? entry)
    {
        var name = (string?)entry?["event"] ?? throw new FormatException("an event without a name");
        var at = entry!["at"] ?? throw new FormatException($"event {name} without a location");
        return HistoryRows.Row(
            (ulong?)at["blockNumber"] ?? throw new FormatException($"event {name} without a block number"),
            name,
            (string?)entry["detail"] ?? string.Empty,
            (string?)at["transactionHash"] ?? string.Empty);
    }
}
