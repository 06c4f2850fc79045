using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Cli.Keys;

/// <summary><c>provenance keys new NAME</c>: a fresh random key, encrypted into the key ring.</summary>
internal static class KeysNewCommand
{
    public static Command Create(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "Name of the key in the key ring (e.g. issuer, governance, customs-de)" };
        var kdf = new Option<KdfCost>("--kdf") { Description = "Keystore cost: Standard (geth default) or Light (development)", DefaultValueFactory = _ => KdfCost.Standard };
        var command = new Command("new", "Generate a random key and store it as an encrypted keystore in the key ring; prints its address.") { name, kdf };
        command.Options.Add(runner.Options.PasswordFile);
        command.Options.Add(runner.Options.PasswordEnv);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(name)!, parse.GetValue(kdf), ct));
        runner.Examples.Add(command, "provenance keys new issuer", "provenance keys new dev-issuer --kdf Light --password-file secrets/dev.txt");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string name, KdfCost kdf, CancellationToken cancellationToken)
    {
        var ring = KeyRing.For(runner.Context);
        var path = ring.PathOf(name);
        if (File.Exists(path))
        {
            throw new CliException($"a key called '{name}' already exists ({path}); choose another name");
        }

        var password = await new PasswordSource(runner.Context, runner.Options, parse).ReadNewAsync($"new key '{name}'", cancellationToken);
        var entry = await ring.AddAsync(name, EthereumKey.Generate(), password, KdfCosts.Options(kdf), cancellationToken);
        runner.ResultsFor(parse).Write(new KeyResult("created", entry));
        return ExitCode.Success;
    }
}
