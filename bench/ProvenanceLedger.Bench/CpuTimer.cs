using System.Diagnostics;

namespace ProvenanceLedger.Bench;

/// <summary>CPU time (this process, all threads) and wall time of running an operation a number of times.</summary>
internal static class CpuTimer
{
    public static (TimeSpan Cpu, TimeSpan Wall) Measure(int count, Action operation)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            operation();
        }

        wall.Stop();
        process.Refresh();
        return (process.TotalProcessorTime - cpuBefore, wall.Elapsed);
    }
}
