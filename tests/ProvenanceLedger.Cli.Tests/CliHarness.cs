using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>
/// Runs the `provenance` root command in-process against a private home folder (profiles, keys) and a
/// private working folder, with the environment given here only; captures stdout and stderr.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public const string Password = "correct horse battery staple";

    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("provenance-cli-test-").FullName;
        Home = Path.Combine(Root, "home");
        WorkingDirectory = Path.Combine(Root, "work");
        Directory.CreateDirectory(WorkingDirectory);
        Environment[EnvironmentVariables.Home] = Home;
        Environment[EnvironmentVariables.Password] = Password;
    }

    public string Root { get; }

    public string Home { get; }

    public string WorkingDirectory { get; }

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public ISecretPrompt Prompt { get; set; } = new ScriptedPrompt();

    /// <summary>A path inside the working folder.</summary>
    public string PathOf(string relative) => Path.Combine(WorkingDirectory, relative);

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new Dictionary<string, string>(Environment), WorkingDirectory, Prompt, errorIsTerminal: false);
        var exitCode = await ProvenanceCli.RunAsync(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
