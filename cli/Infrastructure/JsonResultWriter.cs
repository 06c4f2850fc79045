using System.Text.Json;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>One indented JSON document per result, for scripts.</summary>
internal sealed class JsonResultWriter(TextWriter output) : IResultWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void Write(ICommandResult result) => output.WriteLine(result.ToJson().ToJsonString(Indented));
}
