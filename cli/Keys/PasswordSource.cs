using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Keys;

/// <summary>
/// Finds a keystore password: --password-file, else the variable named by --password-env, else
/// $PROVENANCE_PASSWORD, else a prompt. Passwords never come from argv, so they never show in `ps` or history.
/// </summary>
public sealed class PasswordSource(CliContext context, CommonOptions options, ParseResult parse)
{
    /// <summary>The password for an existing keystore.</summary>
    public async Task<string> ReadAsync(string purpose, CancellationToken cancellationToken) =>
        await FromFileOrEnvironmentAsync(cancellationToken) ?? Prompt($"Password for {purpose}: ");

    /// <summary>A password for a new keystore (asked twice when prompted).</summary>
    public async Task<string> ReadNewAsync(string purpose, CancellationToken cancellationToken)
    {
        if (await FromFileOrEnvironmentAsync(cancellationToken) is { } given)
        {
            return given;
        }

        var first = Prompt($"New password for {purpose}: ");
        var second = Prompt("Repeat the password: ");
        return first == second ? first : throw new CliException("the two passwords differ; run the command again");
    }

    private async Task<string?> FromFileOrEnvironmentAsync(CancellationToken cancellationToken)
    {
        if (parse.GetValue(options.PasswordFile) is { } file)
        {
            var path = context.ResolvePath(file);
            if (!File.Exists(path))
            {
                throw new CliException($"password file {path} does not exist; check --password-file");
            }

            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var line = text.Split('\n')[0].TrimEnd('\r');
            return line.Length > 0 ? line : throw new CliException($"password file {path} is empty; write the password on its first line");
        }

        if (parse.GetValue(options.PasswordEnv) is { } variable)
        {
            return context.Variable(variable) ?? throw new CliException($"environment variable {variable} (named by --password-env) is not set");
        }

        return context.Variable(EnvironmentVariables.Password);
    }

    private string Prompt(string prompt)
    {
        if (!context.Prompt.CanPrompt)
        {
            throw new CliException($"no password given and stdin is not a terminal; use --password-file, --password-env or ${EnvironmentVariables.Password}");
        }

        var answer = context.Prompt.Ask(prompt);
        return answer.Length > 0 ? answer : throw new CliException("empty password; run the command again and type one");
    }
}
