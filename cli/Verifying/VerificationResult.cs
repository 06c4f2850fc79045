using System.Text.Json.Nodes;
using Spectre.Console;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Cli.Verifying;

/// <summary>A verification report: the SDK's JSON form for --json, a verdict line and a table of checks for people.</summary>
internal sealed class VerificationResult(VerificationReport report) : ICommandResult
{
    public JsonNode ToJson() => JsonNode.Parse(VerificationReportJson.Serialize(report))!;

    public void Render(IAnsiConsole console)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(report.Summary);
        writer.WriteLine($"  document: {report.Document.Type ?? "(redacted type)"} {report.Document.Id ?? "(redacted id)"} {report.Document.DocumentHash}");
        writer.WriteLine($"  issuer:   {report.Document.Issuer?.Name ?? "(redacted)"} {report.Document.Issuer?.Address ?? string.Empty}".TrimEnd());
        if (report.Anchor is { } anchor)
        {
            writer.WriteLine($"  anchored: block {anchor.BlockNumber} at {anchor.BlockTime:yyyy-MM-dd HH:mm:ss'Z'} on chain {anchor.ChainId}, registry {anchor.Registry}");
        }

        writer.WriteLine($"  as of:    {(report.AsOf.BlockNumber is { } block ? $"block {block}" : report.AsOf.Requested)}");
        var checks = new Table { Border = TableBorder.Simple };
        checks.AddColumn("check").AddColumn("status").AddColumn("reason");
        foreach (var check in report.Checks)
        {
            checks.AddRow(Markup.Escape(check.Name), check.Status.ToString().ToUpperInvariant(), Markup.Escape(check.Reason));
        }

        console.Write(checks);
        foreach (var decision in report.Decisions)
        {
            writer.WriteLine($"  decision: {decision.Decision} by {decision.Authority} ({decision.Country}) ref {decision.Reference} at block {decision.BlockNumber}");
        }

        foreach (var warning in report.Warnings)
        {
            writer.WriteLine($"  warning:  {warning}");
        }

        foreach (var parent in report.Parents)
        {
            writer.WriteLine($"  parent:   {parent.Document.DocumentHash} {parent.Summary}");
        }
    }
}
