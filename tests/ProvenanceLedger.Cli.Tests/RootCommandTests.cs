namespace ProvenanceLedger.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public class RootCommandTests
{
    [Fact]
    public async Task Help_exits_zero_and_names_the_provenance_command()
    {
        var (exitCode, output) = await InProcessCli.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
        Assert.Contains("provenance [command] [options]", output);
    }
}
