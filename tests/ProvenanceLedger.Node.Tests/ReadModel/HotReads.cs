using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Testing;
using AddressJsonConverter = ProvenanceLedger.Sdk.Verification.AddressJsonConverter;
using Hash32JsonConverter = ProvenanceLedger.Sdk.Verification.Hash32JsonConverter;

namespace ProvenanceLedger.Node.Tests.ReadModel;

/// <summary>
/// Every hot read (resolve, batch, document, issuer) of a set of hashes and issuers at a set of as-of points,
/// as one text: two indexes that give the same text gave the same answer to every read, field by field.
/// </summary>
internal sealed class HotReads
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new Hash32JsonConverter(), new AddressJsonConverter(), new JsonStringEnumConverter() },
    };

    public List<AsOf> Points { get; } = [];

    public List<Hash32> Hashes { get; } = [];

    public List<Hash32?> Roots { get; } = [null];

    public List<Address> Issuers { get; } = [];

    /// <summary>Reads for a scenario run: its batches' roots and documents, an unknown hash, the parties.</summary>
    public static HotReads For(RegistryScenario scenario, ScenarioRun run)
    {
        var reads = new HotReads();
        foreach (var batch in new[] { run.A, run.B, run.C })
        {
            reads.Hashes.Add(batch.Root);
            reads.Hashes.AddRange(batch.Documents);
            reads.Roots.Add(batch.Root);
        }

        reads.Hashes.Add(Keccak256.Hash("never anchored"u8));
        reads.Issuers.AddRange([scenario.IssuerKey.Address, scenario.GovernanceKey.Address, scenario.CustomsKey.Address]);
        return reads;
    }

    /// <summary>Every block from <paramref name="from"/> to <paramref name="to"/>, each existing block's time and a second before it, and the latest.</summary>
    public async Task AddPointsAsync(RegistryScenario scenario, ulong from, ulong to)
    {
        Points.Add(AsOf.Latest);
        Points.Add(AsOf.AtTime(DateTimeOffset.FromUnixTimeSeconds(1)));
        for (var number = from; number <= to; number++)
        {
            Points.Add(AsOf.AtBlock(number));
            var header = await scenario.Rpc.GetBlockByNumberAsync(Sdk.Ethereum.Rpc.BlockParameter.Number(number), CancellationToken.None);
            if (header is not null)
            {
                Points.Add(AsOf.AtTime(header.Time));
                Points.Add(AsOf.AtTime(header.Time.AddSeconds(-1)));
            }
        }
    }

    /// <summary>All answers of <paramref name="index"/>; a refusal is written as its message.</summary>
    public string Of(ILedgerIndex index) => Of(
        index.Resolve, index.GetBatch, index.GetDocument, index.GetIssuer);

    public string Of(
        Func<AsOf, LedgerPoint> resolve, Func<Hash32, AsOf, BatchView?> batch, Func<Hash32, Hash32?, AsOf, DocumentView> document, Func<Address, AsOf, IssuerView?> issuer)
    {
        var text = new StringBuilder();
        foreach (var point in Points)
        {
            text.Append("# ").AppendLine(point.ToString());
            Line(text, "resolve", () => resolve(point));
            foreach (var hash in Hashes)
            {
                Line(text, $"batch {hash}", () => batch(hash, point));
                foreach (var root in Roots)
                {
                    Line(text, $"document {hash} root {root}", () => document(hash, root, point));
                }
            }

            foreach (var account in Issuers)
            {
                Line(text, $"issuer {account}", () => issuer(account, point));
            }
        }

        return text.ToString();
    }

    /// <summary>Answers read (not refusals): how many lines the text holds.</summary>
    public int Count => Points.Count * (1 + Hashes.Count * (1 + Roots.Count) + Issuers.Count);

    /// <summary>A view as JSON, hashes and addresses as hex.</summary>
    public static string Json(object? view) => JsonSerializer.Serialize(view, JsonOptions);

    private static void Line(StringBuilder text, string what, Func<object?> read)
    {
        string answer;
        try
        {
            answer = Json(read());
        }
        catch (LedgerUnavailableException e)
        {
            answer = "unavailable: " + e.Message;
        }

        text.Append(what).Append(" = ").AppendLine(answer);
    }
}
