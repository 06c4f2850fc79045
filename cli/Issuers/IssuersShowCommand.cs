using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Issuers;

/// <summary><c>provenance issuers show ISSUER</c>: one issuer's accreditations and their periods.</summary>
internal static class IssuersShowCommand
{
    public static Command Create(CommandRunner runner)
    {
        var issuer = ValueParsers.AddressArgument("issuer", "The issuer's address");
        var command = new Command("show", "Show one issuer's accreditations: status now and every validity period, per document type.") { issuer };
        runner.Options.AddChain(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(issuer), ct));
        runner.Examples.Add(command, "provenance issuers show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, Address issuer, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        using var session = new ChainSession(target);
        var summaries = await AccreditationSummary.LoadAsync(session.Registry, target.DeploymentBlock, issuer, cancellationToken);
        if (summaries.Count == 0)
        {
            throw new CliException($"{issuer} was never accredited on registry {target.RequireRegistry()}; check the address or the profile", ExitCode.InvalidOrRefused);
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var summary in summaries)
        {
            var periods = await session.Registry.GetAccreditationPeriodsAsync(issuer, summary.DocType, default, cancellationToken);
            rows.AddRange(periods.Select((p, i) => (IReadOnlyList<string>)
            [
                ValueParsers.TypeName(summary.DocType), summary.Name, summary.Record.Status.ToString(), i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                p.ValidFrom.ToString("yyyy-MM-dd HH:mm:ss'Z'"), p.ValidUntil.ToString("yyyy-MM-dd HH:mm:ss'Z'"),
            ]));
        }

        runner.ResultsFor(parse).Write(new TableResult($"accreditation periods of {issuer}",
            ["type", "name", "status now", "period", "valid from", "valid until"],
            ["type", "name", "status", "period", "validFrom", "validUntil"], rows));
        return ExitCode.Success;
    }
}
