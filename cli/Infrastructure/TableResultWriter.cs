namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Text and Spectre.Console tables, for people.</summary>
internal sealed class TableResultWriter(TextWriter output) : IResultWriter
{
    public void Write(ICommandResult result) => result.Render(Consoles.Plain(output));
}
