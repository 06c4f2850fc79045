using System.Text.Json.Nodes;
using Spectre.Console;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>One issued document: where it came from, its hash and batch, and its bundle file.</summary>
public sealed record IssuedDocument(string Source, string Id, Hash32 DocumentHash, Hash32 Root, string BundlePath);

/// <summary>What <c>provenance issue</c> did: documents, batches anchored now and found anchored before.</summary>
public sealed class IssueResult(IReadOnlyList<IssuedDocument> documents, IReadOnlyList<AnchorRecord> anchors, int anchoredNow, int reused, string journalPath) : ICommandResult
{
    /// <inheritdoc />
    public JsonNode ToJson() => new JsonObject
    {
        ["documents"] = new JsonArray([.. documents.Select(d => (JsonNode)new JsonObject
        {
            ["source"] = d.Source,
            ["id"] = d.Id,
            ["documentHash"] = d.DocumentHash.ToString(),
            ["root"] = d.Root.ToString(),
            ["bundle"] = d.BundlePath,
        })]),
        ["batches"] = new JsonArray([.. anchors.Select(a => (JsonNode)new JsonObject
        {
            ["transactionHash"] = a.TransactionHash.ToString(),
            ["blockNumber"] = a.BlockNumber,
        })]),
        ["anchoredNow"] = anchoredNow,
        ["alreadyAnchored"] = reused,
        ["journal"] = journalPath,
    };

    /// <inheritdoc />
    public void Render(IAnsiConsole console)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine($"issued {documents.Count} document(s) in {anchors.Count} batch(es): {anchoredNow} anchored now, {reused} already anchored by an earlier run");
        foreach (var d in documents)
        {
            writer.WriteLine($"  {d.Id}  {d.DocumentHash}  {d.BundlePath}");
        }
    }
}
