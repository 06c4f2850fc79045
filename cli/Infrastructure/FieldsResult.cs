using System.Text.Json.Nodes;
using Spectre.Console;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>A titled list of name/value facts: one "name: value" line each, or one JSON object.</summary>
public sealed class FieldsResult(string title, IReadOnlyList<(string Name, JsonNode? Value)> fields) : ICommandResult
{
    /// <inheritdoc />
    public JsonNode ToJson()
    {
        var json = new JsonObject();
        foreach (var (name, value) in fields)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    /// <inheritdoc />
    public void Render(IAnsiConsole console)
    {
        console.Profile.Out.Writer.WriteLine(title);
        var width = fields.Count == 0 ? 0 : fields.Max(f => f.Name.Length);
        foreach (var (name, value) in fields)
        {
            var text = value switch
            {
                null => "-",
                JsonValue scalar when scalar.TryGetValue<string>(out var s) => s,
                _ => value.ToJsonString(),
            };
            console.Profile.Out.Writer.WriteLine($"  {(name + ":").PadRight(width + 1)} {text}");
        }
    }
}
