using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Customs;

/// <summary><c>provenance customs</c>: customs authorities, who record clearance decisions.</summary>
internal static class CustomsCommand
{
    public static Command Create(CommandRunner runner) => runner.Examples.Add(
        new Command("customs", "Grant the customs role (with its country) and list customs authorities.")
        {
            CustomsGrantCommand.Create(runner),
            CustomsListCommand.Create(runner),
        },
        "provenance customs grant 0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC --country DE --key governance",
        "provenance customs list");
}
