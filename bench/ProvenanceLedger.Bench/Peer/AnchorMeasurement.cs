using System.Globalization;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// (2) Anchoring: the SDK's issue of each batch size, anchored both ways the registry offers — the issuer
/// sends anchor itself (DirectAnchorSubmitter), or signs and a relayer sends anchorBySig
/// (RelayedAnchorSubmitter). Wall time covers reading the nonce, signing, sending and the receipt; gas
/// is the receipt's. The last relayed batch's bundles are kept for the verification figures.
/// </summary>
internal static class AnchorMeasurement
{
    public static async Task<(IReadOnlyList<AnchorResult> Results, IReadOnlyList<ProofBundle> LastBatch)> MeasureAsync(
        BenchRegistry registry, EthereumKey issuerKey, IReadOnlyList<TradeDocument> documents, IReadOnlyList<int> batchSizes,
        Action<string> log, CancellationToken cancellationToken)
    {
        var direct = new TimedSubmitter(new DirectAnchorSubmitter(registry.Issuer));
        var relayed = new TimedSubmitter(new RelayedAnchorSubmitter(registry.Relayer));
        var results = new List<AnchorResult>();
        IReadOnlyList<ProofBundle> last = [];
        foreach (var size in batchSizes)
        {
            var batch = documents.Take(size).ToList();
            var options = new IssueOptions { MaxBatchSize = size };
            await new DocumentBatchIssuer(issuerKey, direct, options).IssueAsync(batch, cancellationToken);
            results.Add(await ResultAsync(registry, "anchor", size, direct, log, cancellationToken));
            last = await new DocumentBatchIssuer(issuerKey, relayed, options).IssueAsync(batch, cancellationToken);
            results.Add(await ResultAsync(registry, "anchorBySig", size, relayed, log, cancellationToken));
        }

        return (results, last);
    }

    private static async Task<AnchorResult> ResultAsync(BenchRegistry registry, string method, int size, TimedSubmitter submitter, Action<string> log, CancellationToken cancellationToken)
    {
        var anchor = submitter.LastAnchor ?? throw new InvalidOperationException($"{method} of a batch of {size} did not reach the submitter");
        var receipt = await registry.Issuer.Rpc.GetTransactionReceiptAsync(anchor.TransactionHash, cancellationToken)
            ?? throw new InvalidOperationException($"no receipt for {anchor.TransactionHash}");
        var gas = (long)receipt.GasUsed;
        var wallMs = submitter.LastWall.TotalMilliseconds;
        log(string.Create(CultureInfo.InvariantCulture, $"{method} batch={size}: {gas} gas, {wallMs:F1} ms"));
        return new AnchorResult(size, method, gas, (double)gas / size, wallMs, wallMs / size);
    }
}
