using System.Diagnostics;
using System.Globalization;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (1) Issue throughput: the SDK's DocumentBatchIssuer over N documents in one batch (validate,
/// canonicalise, salt, hash, Merkle tree, every proof, the EIP-712 batch signature, one bundle per
/// document), timed around the SDK call only, after the same warm-up the peer gets. Each size is issued
/// <c>rounds</c> times in a row and the median round is reported with every round beside it, as the peer's
/// wrap.js does. CPU time is recorded too: on a shared machine it says more than wall time about the work each
/// side does.
/// </summary>
internal static class IssueMeasurement
{
    private const int WarmUpDocuments = 200;

    public static async Task<IReadOnlyList<IssueResult>> MeasureAsync(
        IReadOnlyList<TradeDocument> documents, EthereumKey issuerKey, ulong chainId, IReadOnlyList<int> sizes, int rounds, Action<string> log, CancellationToken cancellationToken)
    {
        var submitter = new UnanchoredSubmitter(chainId);
        await new DocumentBatchIssuer(issuerKey, submitter).IssueAsync([.. documents.Take(WarmUpDocuments)], cancellationToken);
        var results = new List<IssueResult>(sizes.Count);
        foreach (var n in sizes)
        {
            var batch = documents.Take(n).ToList();
            var issuer = new DocumentBatchIssuer(issuerKey, submitter, new IssueOptions { MaxBatchSize = n });
            var timed = new List<(IssueRound Round, string Root)>(rounds);
            for (var round = 1; round <= rounds; round++)
            {
                var jit = System.Runtime.JitInfo.GetCompilationTime();
                var collections = GC.CollectionCount(0);
                var paused = GC.GetTotalPauseDuration();
                var cpu = ProcessorTime.Now();
                var clock = Stopwatch.StartNew();
                var bundles = await issuer.IssueAsync(batch, cancellationToken);
                var seconds = clock.Elapsed.TotalSeconds;
                var cpuSeconds = ProcessorTime.SecondsSince(cpu);
                var jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds;
                var pausedMs = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
                log(string.Create(CultureInfo.InvariantCulture,
                    $"issue N={n} round {round}/{rounds}: {seconds:F2} s ({cpuSeconds:F2} s CPU, of which JIT {jitSeconds:F2} s; collections {GC.CollectionCount(0) - collections}, paused {pausedMs:F1} ms), {n / seconds:F0} docs/s"));
                timed.Add((new IssueRound(seconds, cpuSeconds), bundles[0].Batch.Root.ToString()));
            }

            var median = MedianRound.Of(timed, t => n / t.Round.Seconds);
            results.Add(new IssueResult(n, median.Round.Seconds, n / median.Round.Seconds, median.Round.CpuSeconds, n / median.Round.CpuSeconds,
                [.. timed.Select(t => t.Round)], median.Root));
        }

        return results;
    }
}
