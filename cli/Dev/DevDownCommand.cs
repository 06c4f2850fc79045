using System.CommandLine;
using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Dev;

/// <summary><c>provenance dev down</c>: stop what dev up started, by the PIDs it recorded.</summary>
internal static class DevDownCommand
{
    public static Command Create(CommandRunner runner)
    {
        var options = new DevOptions();
        var command = new Command("down", "Stop the development chain and ledger node that 'provenance dev up' started (by their recorded PIDs); keys, profile and samples stay.");
        options.AddTo(command);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, options.Read(parse, runner.Context), ct));
        runner.Examples.Add(command, "provenance dev down", "provenance dev down --dir /tmp/provenance-dev");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, DevSettings settings, CancellationToken cancellationToken)
    {
        var processes = new DevProcesses(settings.Directory);
        var node = await processes.StopAsync(LedgerNodeLauncher.Name, cancellationToken);
        var chain = await processes.StopAsync("chain", cancellationToken);
        runner.ResultsFor(parse).Write(new FieldsResult("development stack stopped",
            [("node", node ? "stopped" : "was not running"), ("chain", chain ? "stopped" : "was not running")]));
        return ExitCode.Success;
    }
}
