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
        var path = $"api/v1/documents/{hash}/history" + (root is { } r ? $"?root={r}" : string.Empty);
        var (status, answer) = await LedgerNodeHttp.SendAsync(node, path, null, cancellationToken);
        if (status == HttpStatusCode.NotFound)
        {
            // The node knows no event naming the hash: the same empty history the chain path prints.
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
}
