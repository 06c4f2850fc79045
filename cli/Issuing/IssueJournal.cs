using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>
/// The resume journal of one issue run, in the output folder and named by the input digest: the salt seed
/// (so a re-run computes the same roots) and every batch anchored so far with its anchor record. Written
/// atomically after each anchor, so an interruption at any point loses at most the work in flight.
/// </summary>
public sealed class IssueJournal
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Dictionary<Hash32, AnchorRecord> _anchors;
    private readonly Dictionary<Hash32, BundleSignature> _signatures;

    private IssueJournal(string path, Hash32 inputDigest, Hash32 seed, Dictionary<Hash32, AnchorRecord> anchors, Dictionary<Hash32, BundleSignature> signatures, bool resumed)
    {
        Path = path;
        InputDigest = inputDigest;
        Seed = seed;
        _anchors = anchors;
        _signatures = signatures;
        Resumed = resumed;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The digest of the inputs this journal belongs to.</summary>
    public Hash32 InputDigest { get; }

    /// <summary>The salt seed.</summary>
    public Hash32 Seed { get; }

    /// <summary>Whether an earlier run of the same inputs left this journal.</summary>
    public bool Resumed { get; }

    /// <summary>The anchors recorded so far, by batch root.</summary>
    public IReadOnlyDictionary<Hash32, AnchorRecord> Anchors => _anchors;

    /// <summary>
    /// The issuer signature each batch was anchored with, by root, so a re-run writes the very same bundles
    /// (a fresh signature would carry a new deadline).
    /// </summary>
    public IReadOnlyDictionary<Hash32, BundleSignature> Signatures => _signatures;

    /// <summary>The journal file for <paramref name="inputDigest"/> in <paramref name="outputDirectory"/>.</summary>
    public static string PathFor(string outputDirectory, Hash32 inputDigest) =>
        System.IO.Path.Combine(outputDirectory, $".provenance-issue-{inputDigest.ToString()[2..18]}.journal.json");

    /// <summary>Opens the journal of these inputs, or starts one with a fresh random seed (written at once).</summary>
    public static async Task<IssueJournal> OpenAsync(string outputDirectory, Hash32 inputDigest, CancellationToken cancellationToken)
    {
        var path = PathFor(outputDirectory, inputDigest);
        if (!File.Exists(path))
        {
            var journal = new IssueJournal(path, inputDigest, new Hash32(RandomNumberGenerator.GetBytes(Hash32.Size)), [], [], resumed: false);
            await journal.SaveAsync(cancellationToken);
            return journal;
        }

        try
        {
            var json = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject
                ?? throw new CliException($"resume journal {path} is not a JSON object; delete it to start over (batches already anchored would be anchored again under new roots)");
            var digest = Hash32.Parse((string)json["inputDigest"]!);
            if (digest != inputDigest)
            {
                throw new CliException($"resume journal {path} belongs to other inputs; delete it or choose another --out");
            }

            var anchors = new Dictionary<Hash32, AnchorRecord>();
            var signatures = new Dictionary<Hash32, BundleSignature>();
            foreach (var (root, value) in (JsonObject)json["anchors"]!)
            {
                var a = (JsonObject)value!;
                if (a["signature"] is JsonObject signature)
                {
                    signatures[Hash32.Parse(root)] = new BundleSignature(
                        "issuer", Address.Parse((string)signature["signer"]!), BundleSignature.Eip712, Hex.Decode((string)signature["signature"]!), (JsonObject)signature["data"]!.DeepClone());
                }

                anchors[Hash32.Parse(root)] = new AnchorRecord(
                    a["chainId"]!.GetValue<ulong>(), Address.Parse((string)a["registry"]!), Hash32.Parse((string)a["transactionHash"]!),
                    a["blockNumber"]!.GetValue<ulong>(), DateTimeOffset.Parse((string)a["blockTime"]!, System.Globalization.CultureInfo.InvariantCulture));
            }

            return new IssueJournal(path, inputDigest, Hash32.Parse((string)json["seed"]!), anchors, signatures, resumed: true);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or InvalidCastException or NullReferenceException)
        {
            throw new CliException($"resume journal {path} is damaged ({e.Message}); delete it to start over", innerException: e);
        }
    }

    /// <summary>Records an anchored batch (with the signature it was anchored under, when known) and saves the journal.</summary>
    public async Task RecordAsync(Hash32 root, AnchorRecord anchor, BundleSignature? signature, CancellationToken cancellationToken)
    {
        _anchors[root] = anchor;
        if (signature is not null)
        {
            _signatures[root] = signature;
        }

        await SaveAsync(cancellationToken);
    }

    private Task SaveAsync(CancellationToken cancellationToken)
    {
        var anchors = new JsonObject();
        foreach (var (root, a) in _anchors)
        {
            anchors[root.ToString()] = new JsonObject
            {
                ["chainId"] = a.ChainId,
                ["registry"] = a.Registry.ToString(),
                ["transactionHash"] = a.TransactionHash.ToString(),
                ["blockNumber"] = a.BlockNumber,
                ["blockTime"] = a.BlockTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["signature"] = _signatures.TryGetValue(root, out var s)
                    ? new JsonObject { ["signer"] = s.Signer.ToString(), ["signature"] = Hex.Encode(s.Signature.Span), ["data"] = s.Data.DeepClone() }
                    : null,
            };
        }

        var json = new JsonObject
        {
            ["inputDigest"] = InputDigest.ToString(),
            ["seed"] = Seed.ToString(),
            ["anchors"] = anchors,
        };

        // The anchoring transaction is already mined when this runs: finish the write even on Ctrl+C.
        return AtomicFile.WriteTextAsync(Path, json.ToJsonString(Indented), overwrite: true, CancellationToken.None);
    }
}
