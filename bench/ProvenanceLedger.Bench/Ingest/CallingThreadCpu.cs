using System.Globalization;

namespace ProvenanceLedger.Bench.Ingest;

/// <summary>
/// The CPU time the calling thread has used, from Linux's /proc/thread-self/stat (10 ms resolution; null
/// elsewhere). On a shared machine it bounds the idle wall time from below: the writer's own thread cannot finish
/// sooner than its own CPU work, whatever the neighbours do.
/// </summary>
internal static class CallingThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan? Now()
    {
        const string stat = "/proc/thread-self/stat";
        if (!OperatingSystem.IsLinux() || !File.Exists(stat))
        {
            return null;
        }

        // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the
        // 12th and 13th of them (14th and 15th of the line).
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
