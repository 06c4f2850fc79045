using BenchmarkDotNet.Running;
using ProvenanceLedger.Bench;

if (args is ["cpu-time"])
{
    CpuTimeReport.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
