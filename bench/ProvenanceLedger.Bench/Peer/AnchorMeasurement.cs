using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (2) Anchoring: one transaction per batch, at each batch size, both ways the registry offers — the issuer
/// sends anchor itself, or signs and a relayer sends anchorBySig. Wall time runs from the call to the
/// receipt (for anchorBySig it includes reading the nonce and signing).
/// </summary>
internal static class AnchorMeasurement
{
    public static async Task<(IReadOnlyList<AnchorResult> Results, IssuedBatch LastBatch)> MeasureAsync(
        BenchRegistry registry, IReadOnlyList<JsonObject> documents, IReadOnlyList<int> batchSizes, Action<string> log, CancellationToken cancellationToken)
    {
        var results = new List<AnchorResult>();
        IssuedBatch? last = null;
        foreach (var size in batchSizes)
        {
            var batch = documents.Take(size).ToList();
            // Two issues of the same documents: fresh salts give two different roots to anchor.
            var direct = BatchIssue.Issue(batch);
            results.Add(await TimeAsync("anchor", size, () => registry.AnchorAsync(direct.Root, size, cancellationToken), log));
            last = BatchIssue.Issue(batch);
            var relayed = last;
            results.Add(await TimeAsync("anchorBySig", size, async () => (await registry.AnchorBySignatureAsync(relayed.Root, size, cancellationToken)).Receipt, log));
        }

        return (results, last ?? throw new ArgumentException("no batch sizes to anchor", nameof(batchSizes)));
    }

    private static async Task<AnchorResult> TimeAsync(string method, int size, Func<Task<Sdk.Ethereum.Rpc.TransactionReceipt>> send, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var receipt = await send();
        var wallMs = clock.Elapsed.TotalMilliseconds;
        var gas = (long)receipt.GasUsed;
        log(string.Create(CultureInfo.InvariantCulture, $"{method} batch={size}: {gas} gas, {wallMs:F1} ms"));
        return new AnchorResult(size, method, gas, (double)gas / size, wallMs, wallMs / size);
    }
}
