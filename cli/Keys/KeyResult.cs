using System.Text.Json.Nodes;
using Spectre.Console;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Keys;

/// <summary>One key in the ring: what a new, imported or exported key reports (never its secret).</summary>
internal sealed class KeyResult(string verb, KeyEntry entry) : ICommandResult
{
    public JsonNode ToJson() => new JsonObject { ["name"] = entry.Name, ["address"] = entry.Address.ToString(), ["path"] = entry.Path };

    public void Render(IAnsiConsole console) =>
        console.Profile.Out.Writer.WriteLine($"{verb} key '{entry.Name}' {entry.Address} at {entry.Path}");
}
