using System.CommandLine;

namespace ProvenanceLedger.Cli.Infrastructure;

/// <summary>
/// Options several commands share, made once per root command so every command describes them alike.
/// Global ones (--json, --verbose, --profile, --profiles) are recursive: valid after any subcommand.
/// </summary>
public sealed class CommonOptions
{
    /// <summary>Machine-readable output.</summary>
    public Option<bool> Json { get; } = new("--json") { Description = "Write the result as JSON instead of tables", Recursive = true };

    /// <summary>Stack traces on errors.</summary>
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "On an error, print the stack trace too", Recursive = true };

    /// <summary>The profile name.</summary>
    public Option<string?> Profile { get; } = new("--profile") { Description = $"Deployment profile to use (default: ${EnvironmentVariables.Profile}, else \"default\")", Recursive = true };

    /// <summary>The profiles file.</summary>
    public Option<string?> ProfilesFile { get; } = new("--profiles") { Description = $"Profiles file (default: ${EnvironmentVariables.Profiles}, else ~/.provenance/profiles.json)", Recursive = true };

    /// <summary>JSON-RPC endpoint.</summary>
    public Option<Uri?> Rpc { get; } = UrlOption("--rpc", $"Ethereum JSON-RPC URL (overrides ${EnvironmentVariables.Rpc} and the profile)");

    /// <summary>Registry address.</summary>
    public Option<string?> Registry { get; } = new("--registry") { Description = $"Registry contract address (overrides ${EnvironmentVariables.Registry} and the profile)" };

    /// <summary>Ledger node.</summary>
    public Option<Uri?> Node { get; } = UrlOption("--node", $"Ledger node URL (overrides ${EnvironmentVariables.Node} and the profile)");

    /// <summary>Signing key.</summary>
    public Option<string?> Key { get; } = new("--key") { Description = "Keystore to sign with: a name under ~/.provenance/keys or a keystore file path" };

    /// <summary>Password file.</summary>
    public Option<string?> PasswordFile { get; } = new("--password-file") { Description = "Read the keystore password from this file (first line)" };

    /// <summary>Password variable.</summary>
    public Option<string?> PasswordEnv { get; } = new("--password-env") { Description = $"Read the keystore password from this environment variable (default: ${EnvironmentVariables.Password}, else a prompt)" };

    /// <summary>An option taking an absolute http(s) URL.</summary>
    public static Option<Uri?> UrlOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return uri;
            }

            result.AddError($"{name} needs an absolute http(s) URL such as http://127.0.0.1:8545, not '{text}'");
            return null;
        },
    };

    /// <summary>Adds the signing options (key and password sources) to <paramref name="command"/>.</summary>
    public void AddSigning(Command command)
    {
        command.Options.Add(Key);
        command.Options.Add(PasswordFile);
        command.Options.Add(PasswordEnv);
    }

    /// <summary>Adds the chain options (RPC and registry) to <paramref name="command"/>.</summary>
    public void AddChain(Command command)
    {
        command.Options.Add(Rpc);
        command.Options.Add(Registry);
    }

    /// <summary>The chain options and --node, for commands that read either the chain or a ledger node (not both).</summary>
    public void AddChainOrNode(Command command)
    {
        AddChain(command);
        command.Options.Add(Node);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Node) is not null && result.GetResult(Rpc) is not null)
            {
                result.AddError("give either --node or --rpc, not both");
            }
        });
    }
}
