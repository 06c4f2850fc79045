using BenchmarkDotNet.Running;
using ProvenanceLedger.Bench.Peer;

// `generate` and `compare` are our side of the comparison with OpenAttestation (driven by
// bench/peer/run.sh); anything else goes to the BenchmarkDotNet micro-benchmarks.
if (PeerCommands.Handles(args))
{
    return await PeerCommands.Build().Parse(args).InvokeAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
