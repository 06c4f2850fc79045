using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Spectre.Console;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Audit;

/// <summary>A node's digest at the same block, when one was asked for.</summary>
public sealed record NodeDigest(Uri Node, ulong BlockNumber, Hash32 Digest, long LogCount);

/// <summary>The audit replay's findings: range, digest, counts, anomalies and the node comparison.</summary>
public sealed class AuditReport(Address registry, ulong chainId, ulong fromBlock, ulong toBlock, Hash32 digest, long logCount, AuditAnalysis analysis, NodeDigest? node) : ICommandResult
{
    /// <summary>Whether a node was compared and agrees.</summary>
    public bool? NodeAgrees => node is null ? null : node.Digest == digest && node.BlockNumber == toBlock;

    /// <summary>The digest of the replay.</summary>
    public Hash32 Digest => digest;

    /// <inheritdoc />
    public JsonNode ToJson()
    {
        static JsonObject Counts(SortedDictionary<string, (int Batches, long Documents)> counts)
        {
            var json = new JsonObject();
            foreach (var (key, (batches, documents)) in counts)
            {
                json[key] = new JsonObject { ["batches"] = batches, ["documents"] = documents };
            }

            return json;
        }

        static JsonObject Numbers(SortedDictionary<string, int> counts)
        {
            var json = new JsonObject();
            foreach (var (key, count) in counts)
            {
                json[key] = count;
            }

            return json;
        }

        return new JsonObject
        {
            ["registry"] = registry.ToString(),
            ["chainId"] = chainId,
            ["fromBlock"] = fromBlock,
            ["toBlock"] = toBlock,
            ["digest"] = digest.ToString(),
            ["logCount"] = logCount,
            ["events"] = Numbers(analysis.PerEvent),
            ["issuers"] = Counts(analysis.PerIssuer),
            ["types"] = Counts(analysis.PerType),
            ["decisions"] = Numbers(analysis.PerDecision),
            ["anomalies"] = new JsonArray([.. analysis.Anomalies.Select(a => (JsonNode)new JsonObject { ["block"] = a.BlockNumber, ["kind"] = a.Kind, ["description"] = a.Description })]),
            ["node"] = node is null ? null : new JsonObject
            {
                ["url"] = node.Node.ToString(),
                ["blockNumber"] = node.BlockNumber,
                ["digest"] = node.Digest.ToString(),
                ["logCount"] = node.LogCount,
                ["agrees"] = NodeAgrees,
            },
        };
    }

    /// <inheritdoc />
    public void Render(IAnsiConsole console)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine($"audit digest of registry {registry} (chain {chainId}) at block {toBlock}: {digest}");
        writer.WriteLine($"  replayed {logCount} log(s) from block {fromBlock} to {toBlock}");
        foreach (var (issuer, (batches, documents)) in analysis.PerIssuer)
        {
            writer.WriteLine($"  issuer {issuer}: {batches} batch(es), {documents} document(s)");
        }

        foreach (var (decision, count) in analysis.PerDecision)
        {
            writer.WriteLine($"  decisions {decision}: {count}");
        }

        writer.WriteLine($"  anomalies: {analysis.Anomalies.Count}");
        foreach (var anomaly in analysis.Anomalies)
        {
            writer.WriteLine($"    block {anomaly.BlockNumber} {anomaly.Kind}: {anomaly.Description}");
        }

        if (node is not null)
        {
            writer.WriteLine(NodeAgrees == true
                ? $"  node {node.Node} agrees: {node.Digest} at block {node.BlockNumber}"
                : $"  node {node.Node} DISAGREES: {node.Digest} at block {node.BlockNumber} ({node.LogCount} logs)");
        }
    }

    /// <summary>A self-contained, printable HTML page of the report.</summary>
    public string ToHtml()
    {
        static string E(object? value) => WebUtility.HtmlEncode(value?.ToString() ?? string.Empty);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Provenance Ledger audit</title>\n")
            .Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}")
            .Append("td,th{border:1px solid #bbb;padding:.3rem .6rem;text-align:left}code{font-size:.9em}.bad{color:#a00}.good{color:#060}</style></head><body>\n")
            .Append("<h1>Audit replay</h1>\n")
            .Append($"<p>Registry <code>{E(registry)}</code> on chain {chainId}, blocks {fromBlock}–{toBlock}, {logCount} log(s).</p>\n")
            .Append($"<p>Audit digest at block {toBlock}: <code>{E(digest)}</code></p>\n");
        if (node is not null)
        {
            html.Append(NodeAgrees == true
                ? $"<p class=\"good\">The node {E(node.Node)} agrees.</p>\n"
                : $"<p class=\"bad\">The node {E(node.Node)} disagrees: <code>{E(node.Digest)}</code> at block {node.BlockNumber}.</p>\n");
        }

        void Table(string title, IEnumerable<string> headers, IEnumerable<IEnumerable<object>> rows)
        {
            html.Append($"<h2>{E(title)}</h2>\n<table><tr>");
            foreach (var h in headers)
            {
                html.Append($"<th>{E(h)}</th>");
            }

            html.Append("</tr>\n");
            foreach (var row in rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                {
                    html.Append($"<td>{E(cell)}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        Table("Per issuer", ["issuer", "batches", "documents"], analysis.PerIssuer.Select(p => new object[] { p.Key, p.Value.Batches, p.Value.Documents }));
        Table("Per document type", ["type", "batches", "documents"], analysis.PerType.Select(p => new object[] { p.Key, p.Value.Batches, p.Value.Documents }));
        Table("Customs decisions", ["decision", "count"], analysis.PerDecision.Select(p => new object[] { p.Key, p.Value }));
        Table("Events", ["event", "count"], analysis.PerEvent.Select(p => new object[] { p.Key, p.Value }));
        Table($"Anomalies ({analysis.Anomalies.Count})", ["block", "kind", "description"], analysis.Anomalies.Select(a => new object[] { a.BlockNumber, a.Kind, a.Description }));
        html.Append("</body></html>\n");
        return html.ToString();
    }
}
