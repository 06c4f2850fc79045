using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Cli.Keys;

/// <summary>Opens the keystore named by --key with the password from its sources.</summary>
internal static class SigningKeyLoader
{
    public static async Task<EthereumKey> LoadAsync(CommandRunner runner, ParseResult parse, string role, CancellationToken cancellationToken)
    {
        var keyName = parse.GetValue(runner.Options.Key)
            ?? throw new CliException($"no signing key: pass --key with the {role} key's name or keystore path (see 'provenance keys list')");
        var path = KeyRing.For(runner.Context).Locate(keyName, runner.Context.WorkingDirectory);
        var password = await new PasswordSource(runner.Context, runner.Options, parse).ReadAsync($"key '{keyName}'", cancellationToken);
        return await KeyRing.OpenAsync(path, password, cancellationToken);
    }
}
