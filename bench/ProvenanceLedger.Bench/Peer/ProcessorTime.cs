using System.Diagnostics;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>CPU time of this process (all threads, user and kernel), like the peer's process.cpuUsage().</summary>
internal static class ProcessorTime
{
    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static double SecondsSince(TimeSpan start) => (Now() - start).TotalSeconds;
}
