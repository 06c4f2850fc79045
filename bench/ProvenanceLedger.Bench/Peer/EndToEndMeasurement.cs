using System.Diagnostics;
using System.Globalization;
using ProvenanceLedger.Bench.Support;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// The end-to-end budget: N documents issued by the SDK, anchored in one relayed batch, indexed by the
/// node, written as bundle files' bytes, and every one verified through the API — wall time per stage.
/// </summary>
internal static class EndToEndMeasurement
{
    private static readonly TimeSpan IndexTimeout = TimeSpan.FromMinutes(2);

    public static async Task<EndToEndResult> MeasureAsync(
        BenchRegistry registry, EthereumKey issuerKey, IReadOnlyList<TradeDocument> documents, LedgerNodeProcess node, ApiVerification api, int concurrency,
        Action<string> log, CancellationToken cancellationToken)
    {
        var stages = new List<StageTime>();
        var anchoring = new TimedSubmitter(new RelayedAnchorSubmitter(registry.Relayer));
        var issuer = new DocumentBatchIssuer(issuerKey, anchoring, new IssueOptions { MaxBatchSize = documents.Count });

        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var bundles = await issuer.IssueAsync(documents, cancellationToken);
        var issueAndAnchor = clock.Elapsed;
        stages.Add(new StageTime("issue (SDK)", (issueAndAnchor - anchoring.LastWall).TotalMilliseconds));
        stages.Add(new StageTime("anchor (sign + anchorBySig → receipt)", anchoring.LastWall.TotalMilliseconds));

        clock.Restart();
        await node.WaitForBatchAsync(bundles[0].Batch.Root, IndexTimeout, cancellationToken);
        stages.Add(new StageTime("indexed by the node", clock.Elapsed.TotalMilliseconds));

        clock.Restart();
        var files = bundles.Select(ProofBundleWriter.Write).ToList();
        stages.Add(new StageTime("bundle files written", clock.Elapsed.TotalMilliseconds));

        clock.Restart();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (file, token) => await api.VerifyValidAsync(file, token));
        stages.Add(new StageTime($"all verified (POST /api/v1/verify, {concurrency} in flight)", clock.Elapsed.TotalMilliseconds));

        var result = new EndToEndResult(documents.Count, stages, total.Elapsed.TotalMilliseconds);
        log(string.Create(CultureInfo.InvariantCulture, $"end-to-end {documents.Count}: {string.Join(", ", stages.Select(s => $"{s.Name} {s.Ms:F0} ms"))}; total {result.TotalMs:F0} ms"));
        return result;
    }
}
