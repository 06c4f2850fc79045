using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Keys;

/// <summary><c>provenance keys list</c>: names and addresses in the key ring (no password needed).</summary>
internal static class KeysListCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("list", "List the keys in the key ring with their addresses (read from the files, nothing is decrypted).");
        runner.Bind(command, (parse, _) => Task.FromResult(Handle(runner, parse)));
        runner.Examples.Add(command, "provenance keys list", "provenance keys list --json");
        return command;
    }

    public static ExitCode Handle(CommandRunner runner, ParseResult parse)
    {
        var ring = KeyRing.For(runner.Context);
        var rows = ring.List().Select(k => (IReadOnlyList<string>)[k.Name, k.Address.ToString(), k.Path]).ToList();
        runner.ResultsFor(parse).Write(new TableResult($"keys in {ring.Directory}", ["name", "address", "path"], ["name", "address", "path"], rows));
        return ExitCode.Success;
    }
}
