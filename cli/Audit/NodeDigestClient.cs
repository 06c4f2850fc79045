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
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.GetAsync($"api/v1/audit/digest?block={block}", cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliException($"the node at {node} answered {(int)response.StatusCode} to GET /api/v1/audit/digest?block={block}: {(body.Length > 300 ? body[..300] : body)}");
        }

        try
        {
            var json = JsonNode.Parse(body)!;
            return new NodeDigest(node, json["blockNumber"]!.GetValue<ulong>(), Hash32.Parse((string)json["digest"]!), json["logCount"]!.GetValue<long>());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NullReferenceException)
        {
            throw new CliException($"the node at {node} answered an audit digest this CLI cannot read ({e.Message}); check --node", innerException: e);
        }
    }
}
