using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Keys;

/// <summary><c>provenance keys</c>: the key ring of Web3 Secret Storage keystores.</summary>
internal static class KeysCommand
{
    public static Command Create(CommandRunner runner) => runner.Examples.Add(new Command("keys", "Create, import, export and list keystores (Web3 Secret Storage v3, readable by geth and ethers). Passwords come from --password-file, --password-env, $PROVENANCE_PASSWORD or a prompt; never from argv.")
    {
        KeysNewCommand.Create(runner),
        KeysImportCommand.Create(runner),
        KeysExportCommand.Create(runner),
        KeysListCommand.Create(runner),
    },
    "provenance keys new issuer",
    "provenance keys list",
    "provenance keys import customs-de --from UTC--2026-11-22T10-00-00Z--1a2b.json",
    "provenance keys export issuer --out issuer.keystore.json");
}
