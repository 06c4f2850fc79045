using System.Diagnostics;
using ProvenanceLedger.Bench.Peer;

namespace ProvenanceLedger.Bench;

/// <summary>
/// CPU time (this process, all threads: <see cref="ProcessorTime"/>, the one process-wide reading the commands use)
/// and wall time of running an operation a number of times.
/// </summary>
internal static class CpuTimer
{
    public static (TimeSpan Cpu, TimeSpan Wall) Measure(int count, Action operation)
    {
        var cpuBefore = ProcessorTime.Now();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            operation();
        }

        wall.Stop();
        return (ProcessorTime.Now() - cpuBefore, wall.Elapsed);
    }
}
