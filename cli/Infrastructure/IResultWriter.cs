namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>Writes command results either as tables or as JSON (--json).</summary>
public interface IResultWriter
{
    /// <summary>Writes <paramref name="result"/>.</summary>
    void Write(ICommandResult result);
}
