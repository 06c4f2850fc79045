using System.Text.Json.Nodes;
using Spectre.Console;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>What a command reports: the same facts as JSON for scripts and as text and tables for people.</summary>
public interface ICommandResult
{
    /// <summary>The result for --json.</summary>
    JsonNode ToJson();

    /// <summary>Writes the result for a person.</summary>
    void Render(IAnsiConsole console);
}
