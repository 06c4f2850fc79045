using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Cli.Customs;

/// <summary><c>provenance customs list</c>: the current customs authorities, replayed from the registry's events.</summary>
internal static class CustomsListCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("list", "List the current customs authorities and their countries.");
        runner.Options.AddChain(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, ct));
        runner.Examples.Add(command, "provenance customs list", "provenance customs list --json");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        using var session = new ChainSession(target);
        var events = await session.Registry.GetEventsAsync(BlockParameter.Number(target.DeploymentBlock), BlockParameter.Latest, cancellationToken);
        var current = new Dictionary<Address, (string Country, ulong Since)>();
        foreach (var e in events)
        {
            switch (e)
            {
                case CustomsAuthorityAddedEvent added:
                    current[added.Authority] = (added.Country, added.Position.BlockNumber);
                    break;
                case CustomsAuthorityRemovedEvent removed:
                    current.Remove(removed.Authority);
                    break;
            }
        }

        var rows = current.OrderBy(c => c.Value.Since).ThenBy(c => c.Key)
            .Select(c => (IReadOnlyList<string>)[c.Key.ToString(), c.Value.Country, c.Value.Since.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            .ToList();
        runner.ResultsFor(parse).Write(new TableResult("customs authorities", ["authority", "country", "since block"], ["authority", "country", "sinceBlock"], rows));
        return ExitCode.Success;
    }
}
