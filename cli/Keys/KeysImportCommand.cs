using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Cli.Keys;

/// <summary><c>provenance keys import NAME</c>: a geth/ethers keystore, or a raw private key from a file.</summary>
internal static class KeysImportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var name = new Argument<string>("name") { Description = "Name for the key in the key ring" };
        var from = new Option<string?>("--from") { Description = "A keystore file (geth, ethers, MetaMask export); opened with its password, then copied unchanged" };
        var privateKeyFile = new Option<string?>("--private-key-file") { Description = "A file holding a hex private key; encrypted with a new password" };
        var kdf = new Option<KdfCost>("--kdf") { Description = "Keystore cost for --private-key-file", DefaultValueFactory = _ => KdfCost.Standard };
        var command = new Command("import", "Add an existing key to the key ring. The password is checked before anything is written.") { name, from, privateKeyFile, kdf };
        command.Options.Add(runner.Options.PasswordFile);
        command.Options.Add(runner.Options.PasswordEnv);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(from) is null) == (result.GetValue(privateKeyFile) is null))
            {
                result.AddError("give exactly one of --from or --private-key-file");
            }
        });
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(name)!, parse.GetValue(from), parse.GetValue(privateKeyFile), parse.GetValue(kdf), ct));
        runner.Examples.Add(command, "provenance keys import customs-de --from UTC--2026-11-22T10-00-00Z--1a2b.json", "provenance keys import legacy --private-key-file legacy.hex");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, string name, string? from, string? privateKeyFile, KdfCost kdf, CancellationToken cancellationToken)
    {
        var ring = KeyRing.For(runner.Context);
        var destination = ring.PathOf(name);
        if (File.Exists(destination))
        {
            throw new CliException($"a key called '{name}' already exists ({destination}); choose another name");
        }

        var passwords = new PasswordSource(runner.Context, runner.Options, parse);
        KeyEntry entry;
        if (from is not null)
        {
            var source = RequireFile(runner.Context.ResolvePath(from), "--from");
            var key = await KeyRing.OpenAsync(source, await passwords.ReadAsync(source, cancellationToken), cancellationToken);
            await AtomicFile.WriteAsync(destination, await File.ReadAllBytesAsync(source, cancellationToken), overwrite: false, cancellationToken);
            entry = new KeyEntry(name, key.Address, destination);
        }
        else
        {
            var source = RequireFile(runner.Context.ResolvePath(privateKeyFile!), "--private-key-file");
            EthereumKey key;
            try
            {
                key = EthereumKey.FromHex((await File.ReadAllTextAsync(source, cancellationToken)).Trim());
            }
            catch (Exception e) when (e is FormatException or ArgumentException or SignatureException)
            {
                // The message could echo part of the file, so it is not passed on.
                throw new CliException($"{source} does not hold a valid hex secp256k1 private key", innerException: e);
            }

            entry = await ring.AddAsync(name, key, await passwords.ReadNewAsync($"key '{name}'", cancellationToken), KdfCosts.Options(kdf), cancellationToken);
        }

        runner.ResultsFor(parse).Write(new KeyResult("imported", entry));
        return ExitCode.Success;
    }

    private static string RequireFile(string path, string option) =>
        File.Exists(path) ? path : throw new CliException($"{path} does not exist; check {option}");
}
