namespace ProvenanceLedger.Cli.Tests;

public sealed class RootCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Help_names_the_provenance_command_and_lists_every_command()
    {
        var run = await _cli.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Description:\n  provenance: issue, verify and audit", run.Output);
        Assert.Contains("  provenance [command] [options]", run.OutputLines);
        var commands = run.OutputLines.SkipWhile(l => l != "Commands:").Skip(1).Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Equal(["keys", "deploy", "issuers", "customs", "issue", "samples", "verify", "redact", "revoke", "supersede", "decide", "history", "audit", "render", "dev"], commands);
    }

    [Theory]
    [InlineData("keys", "new")]
    [InlineData("deploy")]
    [InlineData("issuers", "accredit")]
    [InlineData("customs", "grant")]
    [InlineData("issue")]
    [InlineData("verify")]
    [InlineData("redact")]
    [InlineData("revoke")]
    [InlineData("supersede")]
    [InlineData("decide")]
    [InlineData("history")]
    [InlineData("audit", "replay")]
    [InlineData("render")]
    [InlineData("dev", "up")]
    public async Task Every_command_help_ends_with_examples_of_itself(params string[] command)
    {
        var run = await _cli.RunAsync([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        var examples = run.OutputLines.SkipWhile(l => l != "Examples:").Skip(1).ToList();
        Assert.NotEmpty(examples);
        var prefix = $"  provenance {string.Join(' ', command)}";
        Assert.All(examples, e => Assert.True(e == prefix || e.StartsWith(prefix + " ", StringComparison.Ordinal), e));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_with_exit_2_and_no_stack_trace()
    {
        var run = await _cli.RunAsync("verify", "x.provenance.json", "--frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: Unrecognized command or argument '--frobnicate'.", "run 'provenance verify --help' for usage"], run.ErrorLines);
    }
}
