using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using ProvenanceLedger.Bench.Support;

namespace ProvenanceLedger.LoadTest;

/// <summary>
/// A bounded closed-loop load: <c>concurrency</c> workers, each a dedicated thread with its own kept-alive
/// connection, send one pre-built request, read the whole answer, send the next — for a fixed time after a
/// warm-up. Every latency is kept, so percentiles are exact. Blocking sockets on dedicated threads keep the
/// generator's own CPU small (no thread-pool spinning, no per-request objects), since it shares the cores with
/// the node it measures. CPU time (the node's and the generator's) is taken around the measured phase only, so
/// the warm-up's requests and the node's first JIT compilations do not inflate the cost per request; so are the
/// node's allocations and collections (<see cref="NodeGcMeter"/>).
/// </summary>
internal static class LoadRun
{
    /// <summary>Runs the load; the measured phase ends after <paramref name="duration"/> or <paramref name="maxRequests"/> requests, whichever comes first.</summary>
    public static LoadResult Run(LedgerNodeProcess node, int concurrency, TimeSpan warmUp, TimeSpan duration, IReadOnlyList<byte[]> requests, long maxRequests = long.MaxValue)
    {
        var connections = Enumerable.Range(0, concurrency).Select(_ => new RawHttpConnection(node.Endpoint)).ToArray();
        try
        {
            RunPhase(connections, warmUp, requests, long.MaxValue, record: null);
            var latencies = new List<double>[concurrency];
            using var gc = NodeGcMeter.Start(node.ProcessId);
            var (nodeBefore, clientBefore) = (node.CpuTime(), Environment.CpuUsage.TotalTime);
            var clock = Stopwatch.StartNew();
            var failures = RunPhase(connections, duration, requests, maxRequests, latencies);
            var elapsed = clock.Elapsed;
            var (nodeCpu, clientCpu) = (node.CpuTime() - nodeBefore, Environment.CpuUsage.TotalTime - clientBefore);
            var collected = gc.Stop();
            var all = latencies.SelectMany(l => l).Order().ToArray();
            return new LoadResult(all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99), nodeCpu, clientCpu, collected);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }

    private static long RunPhase(RawHttpConnection[] connections, TimeSpan duration, IReadOnlyList<byte[]> requests, long maxRequests, List<double>[]? record)
    {
        var failures = 0L;
        var left = maxRequests;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        ExceptionDispatchInfo? firstError = null;
        var threads = connections.Select((connection, worker) => new Thread(() =>
        {
            try
            {
                Work(connection, worker);
            }
            catch (Exception e)
            {
                // An exception on a bare thread would end the process before the node and chain are stopped:
                // hand the first one to the caller instead.
                Interlocked.CompareExchange(ref firstError, ExceptionDispatchInfo.Capture(e), null);
            }
        }) { IsBackground = true, Name = $"load worker {worker}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        firstError?.Throw();
        return failures;

        void Work(RawHttpConnection connection, int worker)
        {
            var mine = new List<double>(200_000);
            if (record is not null)
            {
                record[worker] = mine;
            }

            // Workers start at different requests and stride by the worker count, so together they cycle through all of them.
            for (var i = worker; Stopwatch.GetTimestamp() < end && Interlocked.Decrement(ref left) >= 0; i += connections.Length)
            {
                var start = Stopwatch.GetTimestamp();
                var response = connection.Send(requests[i % requests.Count]);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccess)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>What a load run measured.</summary>
internal sealed record LoadResult(
    long Requests, long Failures, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds, TimeSpan NodeCpu, TimeSpan ClientCpu, NodeGcFigures NodeGc)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public double NodeCpuMillisecondsPerRequest => NodeCpu.TotalMilliseconds / Requests;

    public double ClientCpuMillisecondsPerRequest => ClientCpu.TotalMilliseconds / Requests;

    public double NodeKilobytesPerRequest => NodeGc.AllocatedBytes / 1024.0 / Requests;

    public double Gen0CollectionsPerThousand => NodeGc.Gen0Collections * 1000.0 / Requests;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests:N0} requests in {Elapsed.TotalSeconds:F1} s = {PerSecond:N0} req/s, p50 {P50Milliseconds:F2} ms, p99 {P99Milliseconds:F2} ms, {Failures} non-2xx");
}
