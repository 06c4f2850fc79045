using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Dev;

/// <summary><c>provenance dev</c>: the local development stack.</summary>
internal static class DevCommand
{
    public static Command Create(CommandRunner runner) => runner.Examples.Add(
        new Command("dev", "Run a complete local stack for development and demos.") { DevUpCommand.Create(runner), DevDownCommand.Create(runner) },
        "provenance dev up",
        "provenance dev down");
}
