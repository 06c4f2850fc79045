using System.CommandLine;
using System.Text.Json;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Cli.Profiles;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Cli.Audit;

/// <summary>
/// <c>provenance audit replay</c>: every registry log from eth_getLogs, folded into the audit digest
/// (FORMAT.md 7) and analysed; compared with a node's digest when --node is given; JSON and HTML reports.
/// Exit 1 when the node disagrees.
/// </summary>
internal static class AuditReplayCommand
{
    private const ulong BlocksPerRequest = 2000;

    public static Command Create(CommandRunner runner)
    {
        var from = new Option<ulong?>("--from") { Description = "First block (default: the registry's deployment block; a later start gives a partial digest that starts from zero there)" };
        var to = new Option<ulong?>("--to") { Description = "Last block (default: the latest)" };
        var output = new Option<string>("--out") { Description = "Report path without extension: writes <out>.json and <out>.html", DefaultValueFactory = _ => "audit-report" };
        var command = new Command("replay", "Rebuild the registry's event history from the chain alone, compute the audit digest, compare it with a node's (--node), and write a JSON and an HTML report with counts per issuer, type and decision, and anomalies.")
        {
            from, to, output,
        };
        runner.Options.AddChain(command);
        command.Options.Add(runner.Options.Node);
        runner.Bind(command, (parse, ct) => HandleAsync(runner, parse, parse.GetValue(from), parse.GetValue(to), parse.GetValue(output)!, ct));
        runner.Examples.Add(command,
            "provenance audit replay --out audit",
            "provenance audit replay --to 120000 --node http://127.0.0.1:5080 --out audit-120000");
        return command;
    }

    public static async Task<ExitCode> HandleAsync(CommandRunner runner, ParseResult parse, ulong? fromBlock, ulong? toBlock, string output, CancellationToken cancellationToken)
    {
        var target = await new DeploymentResolver(runner, parse).ResolveAsync(cancellationToken);
        var registryAddress = target.RequireRegistry();
        using var session = new ChainSession(target);
        var chainId = await session.Rpc.ChainIdAsync(cancellationToken);
        var first = fromBlock ?? target.DeploymentBlock;
        var last = toBlock ?? await session.Rpc.BlockNumberAsync(cancellationToken);
        if (first > last)
        {
            throw new CliException($"--from {first} is after --to {last}; give a range that is not empty");
        }

        var fold = new AuditDigestFold();
        var events = new List<RegistryEvent>();
        await ProgressDisplay.RunAsync(runner.Context, "replaying registry logs", (long)(last - first + 1), async progress =>
        {
            for (var start = first; start <= last; start += BlocksPerRequest)
            {
                var end = Math.Min(last, start + BlocksPerRequest - 1);
                var logs = await session.Rpc.GetLogsAsync(
                    new LogFilter { Addresses = [registryAddress], FromBlock = BlockParameter.Number(start), ToBlock = BlockParameter.Number(end) }, cancellationToken);
                fold.AppendAll(logs);
                events.AddRange(await session.Registry.DecodeAllAsync(logs, cancellationToken));
                progress.Report((long)(end - first + 1));
            }

            return fold.Current;
        });

        NodeDigest? node = null;
        if (parse.GetValue(runner.Options.Node) is { } explicitNode)
        {
            node = await NodeDigestClient.GetAsync(explicitNode, last, cancellationToken);
        }

        var report = new AuditReport(registryAddress, chainId, first, last, fold.Current, fold.Count, AuditAnalysis.Of(events), node);
        var basePath = runner.Context.ResolvePath(output);
        await AtomicFile.WriteTextAsync(basePath + ".json", report.ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", overwrite: true, cancellationToken);
        await AtomicFile.WriteTextAsync(basePath + ".html", report.ToHtml(), overwrite: true, cancellationToken);
        runner.ResultsFor(parse).Write(report);
        return report.NodeAgrees == false ? ExitCode.InvalidOrRefused : ExitCode.Success;
    }
}
