using System.Globalization;

namespace ProvenanceLedger.Bench.Api;

/// <summary>
/// CPU and allocation per item of named stages, over several rounds; every step completes on the calling thread.
/// Allocations are this thread's, so exact; CPU is this thread's too (<see cref="ThreadCpuTime"/>), and the table
/// keeps each stage's least over the rounds: the round the machine (caches, frequency) disturbed least.
/// </summary>
internal sealed class StageTable
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (double BestMicroseconds, double Kilobytes)> _best = [];

    public async Task Measure(string stage, int count, Func<int, Task<int>> step)
    {
        var thread = Environment.CurrentManagedThreadId;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuTime.Now();
        var checksum = 0L;
        for (var i = 0; i < count; i++)
        {
            checksum += await step(i);
        }

        if (Environment.CurrentManagedThreadId != thread)
        {
            throw new InvalidOperationException($"stage '{stage}' moved to another thread: its thread's CPU time does not measure it");
        }

        var microseconds = (ThreadCpuTime.Now() - cpu).TotalMicroseconds / count;
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
