using BenchmarkDotNet.Running;
using ProvenanceLedger.Bench;
using ProvenanceLedger.Bench.Peer;

// `generate` and `compare` are our side of the comparison with OpenAttestation (driven by
// bench/peer/run.sh); `cpu-time` is the CPU-time report; anything else goes to BenchmarkDotNet.
if (PeerCommands.Handles(args))
{
    return await PeerCommands.Build().Parse(args).InvokeAsync();
}

if (args is ["cpu-time"])
{
    CpuTimeReport.Run(Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
