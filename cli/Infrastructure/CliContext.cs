namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// Everything a command may touch outside its arguments: output and error writers, environment variables,
/// the working directory and the secret prompt. Tests build one with string writers and a dictionary.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    public CliContext(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string> environment, string workingDirectory, ISecretPrompt prompt, bool errorIsTerminal)
    {
        Output = output;
        Error = error;
        Environment = environment;
        WorkingDirectory = workingDirectory;
        Prompt = prompt;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Results (tables or JSON).</summary>
    public TextWriter Output { get; }

    /// <summary>Errors, warnings and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>The environment variables the command sees.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Relative paths resolve against this directory.</summary>
    public string WorkingDirectory { get; }

    /// <summary>Asks for passwords.</summary>
    public ISecretPrompt Prompt { get; }

    /// <summary>Whether stderr is a terminal, so a live progress bar can be drawn there.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>The context of the real process.</summary>
    public static CliContext FromProcess()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return new CliContext(Console.Out, Console.Error, environment, Directory.GetCurrentDirectory(), new ConsoleSecretPrompt(), !Console.IsErrorRedirected);
    }

    /// <summary>The value of environment variable <paramref name="name"/>, or null when unset or empty.</summary>
    public string? Variable(string name) => Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    /// <summary>An absolute path for <paramref name="path"/> given on the command line.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// The directory of the CLI's own files (profiles, keys): $PROVENANCE_HOME, else ~/.provenance.
    /// </summary>
    public string HomeDirectory => Variable(EnvironmentVariables.Home) is { } home
        ? ResolvePath(home)
        : Path.Combine(Variable("HOME") ?? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".provenance");
}
