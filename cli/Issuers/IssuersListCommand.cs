using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary><c>provenance issuers list</c>: every accreditation with its current status.</summary>
internal static class IssuersListCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("list", "List every issuer accreditation (issuer, type, name, current status and window), read from the registry's events.");
        runner.Options.AddChain(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, ct));
        runner.Examples.Add(command, "provenance issuers list", "provenance issuers list --profile consortium --json");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        using var session = new ChainSession(target);
        var summaries = await AccreditationSummary.LoadAsync(session.Registry, target.DeploymentBlock, null, cancellationToken);
        runner.ResultsFor(parse).Write(new TableResult("accreditations", AccreditationSummary.Headers, AccreditationSummary.Keys, summaries.Select(s => s.Row()).ToList()));
        return ExitCode.Success;
    }
}
