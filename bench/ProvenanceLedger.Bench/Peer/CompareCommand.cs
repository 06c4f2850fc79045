using System.CommandLine;
using System.Text.Json;
using ProvenanceLedger.Bench.Support;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>Measures our side on the benchmark's Hardhat node and writes the results file table.js reads.</summary>
internal static class CompareCommand
{
    private static readonly JsonSerializerOptions ResultsJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("compare", "Measure Provenance Ledger's side of the comparison");
        foreach (var option in CompareOptions.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, cancellationToken) => RunAsync(CompareOptions.Read(result), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CompareSettings settings, CancellationToken cancellationToken)
    {
        static void Log(string line) => Console.Error.WriteLine($"[ours] {line}");
        var issuerKey = EthereumKey.FromHex(settings.IssuerKey);
        var needed = settings.IssueOnly ? settings.IssueSizes.Max() : settings.IssueSizes.Concat(settings.AnchorSizes).Append(settings.EndToEnd).Max();
        var documents = await SharedDocuments.ReadAsync(settings.Documents, needed, cancellationToken);

        using var registry = await BenchRegistry.DeployAsync(settings.Rpc, EthereumKey.FromHex(settings.GovernanceKey),
            issuerKey, EthereumKey.FromHex(settings.RelayerKey), cancellationToken);
        Log($"ProvenanceRegistry at {registry.Issuer.Address}");
        var chainId = await registry.Issuer.Rpc.ChainIdAsync(cancellationToken);

        var issue = await IssueMeasurement.MeasureAsync(documents, issuerKey, chainId, settings.IssueSizes, settings.Rounds, Log, cancellationToken);
        if (settings.IssueOnly)
        {
            await WriteAsync(settings, new ComparisonResults("Provenance Ledger", Versions.Ours(), issue, [], null, null, null), cancellationToken);
            return 0;
        }

        var (anchoring, anchored) = await AnchorMeasurement.MeasureAsync(registry, issuerKey, documents, settings.AnchorSizes, Log, cancellationToken);

        var sdk = new SdkVerification(registry.Issuer);
        var sdkLatency = await LatencyMeasurement.MeasureAsync(anchored, settings.VerifySamples, settings.VerifyWarmUp,
            settings.ThroughputDocuments, 1, settings.Concurrency, sdk.VerifyValidAsync, () => ProcessorTime.Now().TotalMilliseconds, settings.ChainPid, cancellationToken);
        Log($"SDK verify: median {sdkLatency.MedianMs:F2} ms, p99 {sdkLatency.P99Ms:F2} ms, {sdkLatency.DocumentsPerSecond:F0} docs/s");

        await using var node = await LedgerNodeProcess.StartAsync(settings.NodeDll.DirectoryName!, settings.Rpc, registry.Issuer.Address, settings.NodePollInterval, cancellationToken);
        using var api = new ApiVerification(node);
        await node.WaitForBatchAsync(anchored[0].Batch.Root, TimeSpan.FromMinutes(2), cancellationToken);
        // The API receives what a holder sends: the bundle file's bytes (each request built once, outside the timing).
        var requests = anchored.Select(bundle => api.RequestFor(ProofBundleWriter.Write(bundle))).ToList();
        var apiLatency = await LatencyMeasurement.MeasureAsync(requests, settings.VerifySamples, settings.VerifyWarmUp,
            settings.ThroughputDocuments, settings.Rounds, settings.Concurrency, api.SendValidAsync, () => node.CpuTime().TotalMilliseconds, settings.ChainPid, cancellationToken);
        Log($"API verify: median {apiLatency.MedianMs:F2} ms, p99 {apiLatency.P99Ms:F2} ms, {apiLatency.DocumentsPerSecond:F0} docs/s (median of {apiLatency.Rounds.Count} rounds: {string.Join(", ", apiLatency.Rounds.Select(r => r.DocumentsPerSecond.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))})");

        var disclosure = await DisclosureMeasurement.MeasureAsync(anchored, settings.DiscloseField, settings.DiscloseSamples,
            "POST /api/v1/verify", api.VerifyValidAsync, cancellationToken);
        Log($"disclosure: redact {disclosure.HideMedianMs:F3} ms, verify after {disclosure.VerifyMedianMs:F2} ms");
        var endToEnd = await EndToEndMeasurement.MeasureAsync(registry, issuerKey, [.. documents.Take(settings.EndToEnd)], node, api, settings.Concurrency, Log, cancellationToken);

        var results = new ComparisonResults("Provenance Ledger", Versions.Ours(), issue, anchoring,
            new VerificationResults(apiLatency, sdkLatency), disclosure, endToEnd);
        await WriteAsync(settings, results, cancellationToken);
        return 0;
    }

    private static async Task WriteAsync(CompareSettings settings, ComparisonResults results, CancellationToken cancellationToken)
    {
        settings.Out.Directory?.Create();
        await File.WriteAllTextAsync(settings.Out.FullName, JsonSerializer.Serialize(results, ResultsJson), cancellationToken);
    }
}
