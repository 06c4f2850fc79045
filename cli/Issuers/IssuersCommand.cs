using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary><c>provenance issuers</c>: accreditation of issuers per document type (governance).</summary>
internal static class IssuersCommand
{
    public static Command Create(CommandRunner runner) => runner.Examples.Add(
        new Command("issuers", "Accredit, suspend, reinstate, end, list and inspect issuers (accreditation is per document type, with a validity window).")
        {
            IssuersAccreditCommand.Create(runner),
            IssuersAccreditationChangeCommands.Suspend(runner),
            IssuersAccreditationChangeCommands.Reinstate(runner),
            IssuersAccreditationChangeCommands.End(runner),
            IssuersListCommand.Create(runner),
            IssuersShowCommand.Create(runner),
        },
        "provenance issuers accredit 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 --type certificate-of-origin --name \"Chamber of Commerce Lyon\" --key governance",
        "provenance issuers list",
        "provenance issuers show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
}
