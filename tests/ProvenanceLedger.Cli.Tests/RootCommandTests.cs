namespace ProvenanceLedger.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class RootCommandTests
{
    [Fact]
    public async Task Help_exits_zero_and_names_the_provenance_command()
    {
        var (exitCode, output) = await InProcessCli.RunAsync("--help");

        Assert.Equal(0, exitCode);
        // In-process the usage line shows the test host's name (RootCommand takes the executable's), so the
        // description is what names the tool here.
        Assert.StartsWith("Description:\n  provenance: issue, verify and audit", output);
        Assert.Contains("Usage:", output);
    }
}
