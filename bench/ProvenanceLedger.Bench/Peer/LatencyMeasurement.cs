using System.Diagnostics;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Latency one at a time (median, p99) and throughput with a fixed number in flight — the same procedure
/// and the same evenly spread samples as the peer's verify.js, so the figures compare. Throughput may be taken in
/// several rounds over the same documents; the median round is the headline and every round is kept.
/// </summary>
internal static class LatencyMeasurement
{
    // verifierCpuMs: CPU milliseconds used so far by the process that does the verifying; chainPid: the
    // Hardhat node, charged with the chain work the verifications cause.
    public static async Task<LatencyResult> MeasureAsync<T>(
        IReadOnlyList<T> batch, int samples, int warmUp, int throughputDocuments, int throughputRounds, int concurrency,
        Func<T, CancellationToken, Task> verifyOne, Func<double> verifierCpuMs, int chainPid, CancellationToken cancellationToken)
    {
        var latencySamples = Sample(batch, samples);
        foreach (var item in latencySamples.Take(warmUp))
        {
            await verifyOne(item, cancellationToken);
        }

        var latencies = new List<double>(latencySamples.Count);
        foreach (var item in latencySamples)
        {
            var clock = Stopwatch.StartNew();
            await verifyOne(item, cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        var throughputSamples = Sample(batch, throughputDocuments);
        var rounds = new List<ThroughputRound>(throughputRounds);
        for (var round = 0; round < throughputRounds; round++)
        {
            // The client's own garbage (our 100,000-document issue rounds ran in this process) is collected before
            // each round, as a benchmark harness does, so the client's full collection does not stall the requests
            // of whichever round it falls into. The verifier's collections stay in: they are part of its cost.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var chainCpuStart = ProcessorTime.MillisecondsOf(chainPid);
            var verifierCpuStart = verifierCpuMs();
            var total = Stopwatch.StartNew();
            await Parallel.ForEachAsync(throughputSamples, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (item, token) => await verifyOne(item, token));
            var seconds = total.Elapsed.TotalSeconds;
            var verifierCpu = verifierCpuMs() - verifierCpuStart;
            var chainCpu = ProcessorTime.MillisecondsOf(chainPid) - chainCpuStart;
            rounds.Add(new ThroughputRound(throughputSamples.Count / seconds, verifierCpu / throughputSamples.Count, chainCpu / throughputSamples.Count));
        }

        var median = MedianRound.Of(rounds, r => r.DocumentsPerSecond);
        return new LatencyResult(latencies.Count, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99),
            throughputSamples.Count, concurrency, median.DocumentsPerSecond, median.VerifierCpuMsPerDocument, median.ChainCpuMsPerDocument, rounds);
    }

    /// <summary>Evenly spread, deterministic sample of <paramref name="count"/> items (verify.js does the same).</summary>
    public static IReadOnlyList<T> Sample<T>(IReadOnlyList<T> batch, int count)
    {
        var step = Math.Max(1, batch.Count / count);
        return [.. Enumerable.Range(0, Math.Min(count, batch.Count)).Select(i => batch[i * step % batch.Count])];
    }
}
