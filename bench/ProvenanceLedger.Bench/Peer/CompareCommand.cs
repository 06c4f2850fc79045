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
        var needed = settings.IssueSizes.Concat(settings.AnchorSizes).Append(settings.EndToEnd).Max();
        var documents = await SharedDocuments.ReadAsync(settings.Documents, needed, cancellationToken);

        var issue = IssueMeasurement.Measure(documents, settings.IssueSizes, Log);

        using var registry = await BenchRegistry.DeployAsync(settings.Rpc, EthereumKey.FromHex(settings.GovernanceKey),
            EthereumKey.FromHex(settings.IssuerKey), EthereumKey.FromHex(settings.RelayerKey), cancellationToken);
        Log($"ProvenanceRegistry at {registry.Issuer.Address}");
        var (anchoring, anchored) = await AnchorMeasurement.MeasureAsync(registry, documents, settings.AnchorSizes, Log, cancellationToken);

        var results = new ComparisonResults("Provenance Ledger", Versions.Ours(), issue, anchoring, new VerificationResults(null, new LatencyResult(0, 0, 0, 0, 0, 0)), new DisclosureResult("", "", 0, 0, 0, 0, false, ""), null);
        settings.Out.Directory?.Create();
        await File.WriteAllTextAsync(settings.Out.FullName, JsonSerializer.Serialize(results, ResultsJson), cancellationToken);
        return 0;
    }
}
