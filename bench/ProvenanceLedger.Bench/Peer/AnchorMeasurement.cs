using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (2) Anchoring: one transaction per batch, at each batch size, both ways the registry offers — the issuer
/// sends anchor itself, or signs and a relayer sends anchorBySig. Wall time runs from the call to the
/// receipt (for anchorBySig it includes reading the nonce and signing). The last relayed batch is kept,
/// with its bundles, for the verification figures.
/// </summary>
internal static class AnchorMeasurement
{
    public static async Task<(IReadOnlyList<AnchorResult> Results, AnchoredBatch LastBatch)> MeasureAsync(
        BenchRegistry registry, IReadOnlyList<JsonObject> documents, IReadOnlyList<int> batchSizes, Action<string> log, CancellationToken cancellationToken)
    {
        var results = new List<AnchorResult>();
        AnchoredBatch? last = null;
        foreach (var size in batchSizes)
        {
            var batch = documents.Take(size).ToList();
            // Two issues of the same documents: fresh salts give two different roots to anchor.
            var direct = BatchIssue.Issue(batch);
            var clock = Stopwatch.StartNew();
            var receipt = await registry.AnchorAsync(direct.Root, size, cancellationToken);
            results.Add(Result("anchor", size, receipt, clock.Elapsed, log));

            var relayed = BatchIssue.Issue(batch);
            clock.Restart();
            var (relayedReceipt, message, signature) = await registry.AnchorBySignatureAsync(relayed.Root, size, cancellationToken);
            results.Add(Result("anchorBySig", size, relayedReceipt, clock.Elapsed, log));
            last = await registry.DescribeAsync(relayed, relayedReceipt, message, signature, cancellationToken);
        }

        return (results, last ?? throw new ArgumentException("no batch sizes to anchor", nameof(batchSizes)));
    }

    private static AnchorResult Result(string method, int size, TransactionReceipt receipt, TimeSpan wall, Action<string> log)
    {
        var gas = (long)receipt.GasUsed;
        log(string.Create(CultureInfo.InvariantCulture, $"{method} batch={size}: {gas} gas, {wall.TotalMilliseconds:F1} ms"));
        return new AnchorResult(size, method, gas, (double)gas / size, wall.TotalMilliseconds, wall.TotalMilliseconds / size);
    }
}
