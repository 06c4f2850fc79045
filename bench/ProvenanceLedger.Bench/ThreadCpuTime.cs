using System.Runtime.InteropServices;

namespace ProvenanceLedger.Bench;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime, CLOCK_THREAD_CPUTIME_ID): what the stage's own work cost,
/// its gen-0 collections included (they run on the allocating thread), without the JIT's background compilations
/// or other processes' load, which the process-wide figure takes in.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("per-thread CPU time needs Linux (clock_gettime, CLOCK_THREAD_CPUTIME_ID); run this benchmark on Linux");
        }

        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException($"clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed with errno {Marshal.GetLastPInvokeError()}; the kernel must support per-thread CPU clocks");
        }

        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
