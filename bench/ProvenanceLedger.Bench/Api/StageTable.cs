using System.Diagnostics;
using System.Globalization;

namespace ProvenanceLedger.Bench.Api;

/// <summary>
/// CPU and allocation per item of named stages, over several rounds. Allocations are this thread's, so exact;
/// CPU is the whole process's (the JIT's background compilations and the neighbours' load land in it), so the
/// table keeps each stage's least CPU over the rounds: the round the machine disturbed least.
/// </summary>
internal sealed class StageTable
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (double BestMicroseconds, double Kilobytes)> _best = [];

    public async Task Measure(string stage, int count, Func<int, Task<int>> step)
    {
        var process = Process.GetCurrentProcess();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = process.TotalProcessorTime;
        var checksum = 0L;
        for (var i = 0; i < count; i++)
        {
            checksum += await step(i);
        }

        process.Refresh();
        var microseconds = (process.TotalProcessorTime - cpu).TotalMicroseconds / count;
        var kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count / 1024;
        if (checksum == 0)
        {
            throw new InvalidOperationException($"stage '{stage}' computed nothing");
        }

        if (!_best.TryGetValue(stage, out var best))
        {
            _order.Add(stage);
            best = (double.MaxValue, kilobytes);
        }

        _best[stage] = (Math.Min(best.BestMicroseconds, microseconds), kilobytes);
    }

    public void Print(TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"stage",-52} {"CPU/item (least)",17} {"allocated/item (last round)",28}"));
        foreach (var stage in _order)
        {
            var (microseconds, kilobytes) = _best[stage];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-52} {microseconds,14:F1} µs {kilobytes,25:F1} KB"));
        }
    }
}
