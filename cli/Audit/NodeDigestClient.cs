using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Audit;

/// <summary>Reads a ledger node's audit digest at a block (GET /api/v1/audit/digest?block=N).</summary>
internal static class NodeDigestClient
{
    public static async Task<NodeDigest> GetAsync(Uri node, ulong block, CancellationToken cancellationToken)
    {
        var path = $"api/v1/audit/digest?block={block}";
        var (status, body) = await LedgerNodeHttp.SendAsync(node, path, null, cancellationToken);
        if (status != HttpStatusCode.OK)
        {
            throw LedgerNodeHttp.Refused(node, "GET /" + path, status, body);
        }

        try
        {
            var json = JsonNode.Parse(body)!;
            return new NodeDigest(node, json["blockNumber"]!.GetValue<ulong>(), Hash32.Parse((string)json["digest"]!), json["logCount"]!.GetValue<long>());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NullReferenceException)
        {
            throw LedgerNodeHttp.Unreadable(node, "an audit digest", e);
        }
    }
}
