using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Keys;

/// <summary><c>provenance keys export NAME --out FILE</c>: the keystore, for geth, ethers or another machine.</summary>
internal static class KeysExportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "Name of the key in the key ring" };
        var output = new Option<string>("--out") { Description = "Where to write the keystore file (must not exist)", Required = true };
        var command = new Command("export", "Write a key's encrypted keystore to a file, after checking its password. The private key itself is never printed.") { name, output };
        command.Options.Add(runner.Options.PasswordFile);
        command.Options.Add(runner.Options.PasswordEnv);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(name)!, parse.GetValue(output)!, ct));
        runner.Examples.Add(command, "provenance keys export issuer --out issuer.keystore.json");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string name, string output, CancellationToken cancellationToken)
    {
        var ring = KeyRing.For(runner.Context);
        var source = ring.PathOf(name);
        if (!File.Exists(source))
        {
            throw new CliException($"no key called '{name}' in {ring.Directory}; see 'provenance keys list'");
        }

        var destination = runner.Context.ResolvePath(output);
        var key = await KeyRing.OpenAsync(source, await new PasswordSource(runner.Context, runner.Options, parse).ReadAsync($"key '{name}'", cancellationToken), cancellationToken);
        await AtomicFile.WriteAsync(destination, await File.ReadAllBytesAsync(source, cancellationToken), overwrite: false, cancellationToken);
        runner.ResultsFor(parse).Write(new KeyResult("exported", new KeyEntry(name, key.Address, destination)));
        return ExitCode.Success;
    }
}
