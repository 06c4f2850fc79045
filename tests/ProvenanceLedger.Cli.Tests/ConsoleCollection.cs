namespace ProvenanceLedger.Cli.Tests;

/// <summary>Tests that redirect the process-wide Console run alone, never beside another test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
