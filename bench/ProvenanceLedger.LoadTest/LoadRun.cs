using System.Diagnostics;
using System.Globalization;

namespace ProvenanceLedger.LoadTest;

/// <summary>
/// A bounded closed-loop load: <c>concurrency</c> workers each send one request, wait for the answer, send the
/// next, for a fixed time after a warm-up. Every latency is kept, so percentiles are exact.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(HttpClient http, int concurrency, TimeSpan warmUp, TimeSpan duration, Func<int, HttpRequestMessage> request)
    {
        await RunPhaseAsync(http, concurrency, warmUp, request, record: null);
        var latencies = new List<double>[concurrency];
        var failures = 0L;
        var clock = Stopwatch.StartNew();
        failures = await RunPhaseAsync(http, concurrency, duration, request, latencies);
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, failures, elapsed, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static async Task<long> RunPhaseAsync(HttpClient http, int concurrency, TimeSpan duration, Func<int, HttpRequestMessage> request, List<double>[]? record)
    {
        var failures = 0L;
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = new List<double>(100_000);
            if (record is not null)
            {
                record[worker] = mine;
            }

            for (var i = worker; Stopwatch.GetTimestamp() < end; i += concurrency)
            {
                using var message = request(i);
                var start = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(message);
                await response.Content.CopyToAsync(Stream.Null);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        await Task.WhenAll(workers);
        return failures;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>What a load run measured.</summary>
internal sealed record LoadResult(long Requests, long Failures, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Requests:N0} requests in {Elapsed.TotalSeconds:F1} s = {PerSecond:N0} req/s, p50 {P50Milliseconds:F2} ms, p99 {P99Milliseconds:F2} ms, {Failures} non-2xx");
}
