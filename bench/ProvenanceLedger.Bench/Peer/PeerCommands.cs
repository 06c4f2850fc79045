using System.CommandLine;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>The commands bench/peer/run.sh calls (make the shared documents, then measure our side), and our issue rounds alone for profiling.</summary>
internal static class PeerCommands
{
    private static readonly string[] Names = ["generate", "compare", "issue-rounds"];

    public static bool Handles(string[] args) => args.Length > 0 && Names.Contains(args[0], StringComparer.Ordinal);

    public static RootCommand Build() =>
        new("Provenance Ledger's side of the benchmark against OpenAttestation (see bench/README.md).")
        {
            GenerateCommand.Create(),
            CompareCommand.Create(),
            IssueRoundsCommand.Create(),
        };
}
