using System.Globalization;
using BenchmarkDotNet.Running;
using ProvenanceLedger.Bench;
using ProvenanceLedger.Bench.Api;
using ProvenanceLedger.Bench.Ingest;
using ProvenanceLedger.Bench.Peer;
using ProvenanceLedger.Node.Configuration;

// `generate` and `compare` are our side of the comparison with OpenAttestation (driven by
// bench/peer/run.sh), `issue-rounds` its issue rounds alone (for profiling); `cpu-time` (`cpu-time issue`: the issuer part only), `signing-cpu-time`, `keccak-cpu-time`, `store [scale] [logs per transaction]` and `chain [transactions]` print the figures of
// bench/README.md; anything else goes to BenchmarkDotNet.
if (PeerCommands.Handles(args))
{
    return await PeerCommands.Build().Parse(args).InvokeAsync();
}

return args switch
{
    ["cpu-time"] => CpuTime(),
    ["cpu-time", "issue"] => IssuerCpuTime(),
    ["signing-cpu-time"] => SigningCpuTime(),
    ["keccak-cpu-time"] => KeccakCpuTime(),
    ["verify-stages", ..] => await VerifyStagesRun.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3, Console.Out),
    ["reads", ..] => StoreReadRun.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.1, Console.Out),
    ["store", ..] => StoreIngestRun.Run(
        args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 1.0,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : LedgerNodeOptions.DefaultCatchUpLogsPerTransaction,
        Console.Out),
    ["chain", ..] => await ChainIngestRun.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3_000, Console.Out),
    _ => RunBenchmarks(args),
};

static int CpuTime()
{
    CpuTimeReport.Run(Console.Out);
    return 0;
}

static int IssuerCpuTime()
{
    IssuerCpuTimeReport.Run(Console.Out);
    return 0;
}

static int SigningCpuTime()
{
    SigningCpuTimeReport.Run(Console.Out);
    return 0;
}

static int KeccakCpuTime()
{
    KeccakCpuTimeReport.Run(Console.Out);
    return 0;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(StoreIngestRun).Assembly).Run(args);
    return 0;
}
