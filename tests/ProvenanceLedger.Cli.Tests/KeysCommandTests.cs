using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum.Keystore;

namespace ProvenanceLedger.Cli.Tests;

public sealed class KeysCommandTests : IDisposable
{
    // Hardhat's development account #1.
    private const string PrivateKey = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private const string Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_from_a_private_key_file_lists_the_key_and_never_prints_the_secret()
    {
        await File.WriteAllTextAsync(_cli.PathOf("key.hex"), PrivateKey + "\n");

        var imported = await _cli.RunAsync("keys", "import", "issuer", "--private-key-file", "key.hex", "--kdf", "Light");
        var listed = await _cli.RunAsync("keys", "list", "--json");

        Assert.Equal(0, imported.ExitCode);
        var keystore = Path.Combine(_cli.Home, "keys", "issuer.json");
        Assert.Equal($"imported key 'issuer' {Address} at {keystore}", imported.OutputLines.Single());
        Assert.Equal(0, listed.ExitCode);
        var entry = Assert.Single(JsonNode.Parse(listed.Output)!.AsArray())!;
        Assert.Equal(("issuer", Address, keystore), ((string)entry["name"]!, (string)entry["address"]!, (string)entry["path"]!));
        Assert.DoesNotContain(PrivateKey, imported.Output + imported.Error + listed.Output + await File.ReadAllTextAsync(keystore), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Address, Web3Keystore.Decrypt(await File.ReadAllTextAsync(keystore), CliHarness.Password).Address.ToString());
    }

    [Fact]
    public async Task New_key_asks_twice_at_a_terminal_and_export_writes_a_keystore_that_opens_with_that_password()
    {
        _cli.Environment.Remove(EnvironmentVariables.Password);
        var prompt = new ScriptedPrompt("typed secret", "typed secret", "typed secret");
        _cli.Prompt = prompt;

        var created = await _cli.RunAsync("keys", "new", "governance", "--kdf", "Light", "--json");
        var exported = await _cli.RunAsync("keys", "export", "governance", "--out", "governance.keystore.json");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, exported.ExitCode);
        Assert.Equal(["New password for new key 'governance': ", "Repeat the password: ", "Password for key 'governance': "], prompt.Prompts);
        var address = (string)JsonNode.Parse(created.Output)!["address"]!;
        var key = Web3Keystore.Decrypt(await File.ReadAllTextAsync(_cli.PathOf("governance.keystore.json")), "typed secret");
        Assert.Equal(address, key.Address.ToString());
    }

    [Fact]
    public async Task Password_file_and_password_env_are_read_and_a_wrong_password_is_one_line_exit_2()
    {
        await File.WriteAllTextAsync(_cli.PathOf("key.hex"), PrivateKey);
        await File.WriteAllTextAsync(_cli.PathOf("password.txt"), "from a file\n");
        _cli.Environment["ISSUER_PASSWORD"] = "from a variable";
        Assert.Equal(0, (await _cli.RunAsync("keys", "import", "a", "--private-key-file", "key.hex", "--kdf", "Light", "--password-file", "password.txt")).ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("keys", "import", "b", "--private-key-file", "key.hex", "--kdf", "Light", "--password-env", "ISSUER_PASSWORD")).ExitCode);

        var fileOpens = await _cli.RunAsync("keys", "export", "a", "--out", "a.json", "--password-file", "password.txt");
        var wrong = await _cli.RunAsync("keys", "export", "b", "--out", "b.json", "--password-file", "password.txt");

        Assert.Equal(0, fileOpens.ExitCode);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal($"error: wrong password for keystore {Path.Combine(_cli.Home, "keys", "b.json")}: the MAC does not match; check the password", wrong.Error.TrimEnd());
        Assert.False(File.Exists(_cli.PathOf("b.json")));
    }

    [Fact]
    public async Task Without_any_password_source_and_no_terminal_the_error_names_the_sources()
    {
        _cli.Environment.Remove(EnvironmentVariables.Password);

        var run = await _cli.RunAsync("keys", "new", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: no password given and stdin is not a terminal; use --password-file, --password-env or $PROVENANCE_PASSWORD", run.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(_cli.Home, "keys")) && Directory.EnumerateFiles(Path.Combine(_cli.Home, "keys")).Any());
    }

    [Fact]
    public async Task Import_of_a_keystore_checks_its_password_and_copies_it_unchanged()
    {
        await File.WriteAllTextAsync(_cli.PathOf("key.hex"), PrivateKey);
        await _cli.RunAsync("keys", "import", "original", "--private-key-file", "key.hex", "--kdf", "Light");
        var original = Path.Combine(_cli.Home, "keys", "original.json");

        var copied = await _cli.RunAsync("keys", "import", "copy", "--from", original);
        var again = await _cli.RunAsync("keys", "import", "copy", "--from", original);

        Assert.Equal(0, copied.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(original), await File.ReadAllTextAsync(Path.Combine(_cli.Home, "keys", "copy.json")));
        Assert.Equal(2, again.ExitCode);
        Assert.Equal($"error: a key called 'copy' already exists ({Path.Combine(_cli.Home, "keys", "copy.json")}); choose another name", again.Error.TrimEnd());
    }

    [Fact]
    public async Task Import_needs_exactly_one_source_and_says_so_with_usage_exit_code()
    {
        var run = await _cli.RunAsync("keys", "import", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: give exactly one of --from or --private-key-file", "run 'provenance keys import --help' for usage"], run.ErrorLines);
    }
}
