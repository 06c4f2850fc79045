using System.CommandLine;
using System.Text.Json;
using ProvenanceLedger.Sdk.Ethereum.Signing;

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
        var needed = settings.IssueSizes.Concat(settings.AnchorSizes).Append(settings.EndToEnd).Max();
        var documents = await SharedDocuments.ReadAsync(settings.Documents, needed, cancellationToken);

        using var registry = await BenchRegistry.DeployAsync(settings.Rpc, EthereumKey.FromHex(settings.GovernanceKey),
            issuerKey, EthereumKey.FromHex(settings.RelayerKey), cancellationToken);
        Log($"ProvenanceRegistry at {registry.Issuer.Address}");
        var chainId = await registry.Issuer.Rpc.ChainIdAsync(cancellationToken);

        var issue = await IssueMeasurement.MeasureAsync(documents, issuerKey, chainId, settings.IssueSizes, Log, cancellationToken);
        var (anchoring, anchored) = await AnchorMeasurement.MeasureAsync(registry, issuerKey, documents, settings.AnchorSizes, Log, cancellationToken);

        var sdk = new SdkVerification(registry.Issuer);
        var sdkLatency = await LatencyMeasurement.MeasureAsync(anchored, settings.VerifySamples, settings.VerifyWarmUp,
            settings.ThroughputDocuments, settings.Concurrency, sdk.VerifyValidAsync, cancellationToken);
        Log($"SDK verify: median {sdkLatency.MedianMs:F2} ms, p99 {sdkLatency.P99Ms:F2} ms, {sdkLatency.DocumentsPerSecond:F0} docs/s");
        var disclosure = await DisclosureMeasurement.MeasureAsync(anchored, settings.DiscloseField, settings.DiscloseSamples,
            "SDK direct to chain", sdk.VerifyValidAsync, cancellationToken);

        var results = new ComparisonResults("Provenance Ledger", Versions.Ours(), issue, anchoring,
            new VerificationResults(null, sdkLatency), disclosure, null);
        settings.Out.Directory?.Create();
        await File.WriteAllTextAsync(settings.Out.FullName, JsonSerializer.Serialize(results, ResultsJson), cancellationToken);
        return 0;
    }
}
