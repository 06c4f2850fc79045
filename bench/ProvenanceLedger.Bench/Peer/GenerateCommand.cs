using System.CommandLine;
using System.Globalization;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Writes N seeded certificates of origin, one JSON document per line, for both sides of the comparison.
/// The issuer named in them is the benchmark's issuer key, so our verification finds the signer it names.
/// </summary>
internal static class GenerateCommand
{
    private static readonly Option<int> Count = new("--count") { Description = "How many certificates to write", Required = true };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the sample generator", DefaultValueFactory = _ => 1337 };
    private static readonly Option<string> IssuerKey = new("--issuer-key") { Description = "Private key (0x hex) of the issuer the documents name", Required = true };
    private static readonly Option<FileInfo> Out = new("--out") { Description = "The JSON Lines file to write", Required = true };

    public static Command Create()
    {
        var command = new Command("generate", "Write the seeded certificates of origin both sides issue") { Count, Seed, IssuerKey, Out };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(Count), result.GetValue(Seed), EthereumKey.FromHex(result.GetRequiredValue(IssuerKey)), result.GetRequiredValue(Out), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, int seed, EthereumKey issuerKey, FileInfo output, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var generator = new SampleDocumentGenerator(seed);
        var issuer = new DocumentIssuer(issuerKey.Address, generator.Issuer.Name);
        output.Directory?.Create();
        await using var writer = new StreamWriter(output.FullName, append: false);
        for (var i = 0; i < count; i++)
        {
            var sample = generator.CertificateOfOrigin();
            var document = new TradeDocument(sample.Type, sample.Id, issuer, sample.IssuedAt, sample.Parents, sample.Body);
            await writer.WriteLineAsync(document.ToJsonString().AsMemory(), cancellationToken);
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"[ours] wrote {count} certificates of origin (seed {seed}) to {output.FullName}"));
        return 0;
    }
}
