using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Audit;

/// <summary><c>provenance audit</c>: rebuild the ledger from the chain alone.</summary>
internal static class AuditCommand
{
    public static Command Create(CommandRunner runner) => runner.Examples.Add(
        new Command("audit", "Audit the ledger from the chain alone.") { AuditReplayCommand.Create(runner) },
        "provenance audit replay --out audit",
        "provenance audit replay --node http://127.0.0.1:5080 --out audit");
}
