using System.Diagnostics;
using System.Globalization;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// CPU time (all threads, user and kernel) of this process, like the peer's process.cpuUsage(), and of
/// another process by its PID from /proc (Linux): the Hardhat node's and our ledger node's.
/// </summary>
internal static class ProcessorTime
{
    private const double ClockTicksPerSecond = 100;

    public static TimeSpan Now()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    public static double SecondsSince(TimeSpan start) => (Now() - start).TotalSeconds;

    /// <summary>CPU milliseconds process <paramref name="pid"/> has used so far (utime + stime of /proc/PID/stat).</summary>
    public static double MillisecondsOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000 / ClockTicksPerSecond;
    }
}
