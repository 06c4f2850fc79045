using System.CommandLine;
using System.Globalization;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>The compare command's options, parsed once into <see cref="CompareSettings"/>.</summary>
internal static class CompareOptions
{
    public static readonly Option<string> Rpc = new("--rpc") { Description = "JSON-RPC URL of the benchmark's Hardhat node", Required = true };
    public static readonly Option<int> ChainPid = new("--chain-pid") { Description = "PID of the Hardhat node, to measure the chain work verification causes", Required = true };
    public static readonly Option<FileInfo> Documents = new("--documents") { Description = "The JSON Lines file from `generate`", Required = true };
    public static readonly Option<FileInfo> Out = new("--out") { Description = "Where to write our results (JSON)", Required = true };
    public static readonly Option<string> GovernanceKey = new("--governance-key") { Description = "Key that deploys and governs the registry", Required = true };
    public static readonly Option<string> IssuerKey = new("--issuer-key") { Description = "Key of the accredited issuer", Required = true };
    public static readonly Option<string> RelayerKey = new("--relayer-key") { Description = "Key that relays anchorBySig (the node's relay key)", Required = true };
    public static readonly Option<string> IssueSizes = new("--issue-sizes") { Description = "Comma-separated N for issue throughput", DefaultValueFactory = _ => "1000,10000,100000" };
    public static readonly Option<string> AnchorSizes = new("--anchor-sizes") { Description = "Comma-separated batch sizes to anchor", DefaultValueFactory = _ => "1,10,100,1000,10000" };
    public static readonly Option<int> VerifySamples = new("--verify-samples") { Description = "Documents verified one at a time for latency", DefaultValueFactory = _ => 300 };
    public static readonly Option<int> VerifyWarmUp = new("--verify-warm-up") { Description = "Verifications before timing starts", DefaultValueFactory = _ => 20 };
    public static readonly Option<int> ThroughputDocuments = new("--throughput-documents") { Description = "Documents verified concurrently for throughput", DefaultValueFactory = _ => 600 };
    public static readonly Option<int> Rounds = new("--rounds") { Description = "Rounds per issue size and for API verify throughput; the median round is reported", DefaultValueFactory = _ => 3 };
    public static readonly Option<int> Concurrency = new("--concurrency") { Description = "Verifications in flight for throughput", DefaultValueFactory = _ => 16 };
    public static readonly Option<string> DiscloseField = new("--disclose-field") { Description = "Field to hide, as the peer names it (dotted path)", DefaultValueFactory = _ => "body.importer.name" };
    public static readonly Option<int> DiscloseSamples = new("--disclose-samples") { Description = "Documents to redact and verify", DefaultValueFactory = _ => 100 };
    public static readonly Option<FileInfo> NodeDll = new("--node-dll") { Description = "The built ledger node (ProvenanceLedger.Node.dll)", Required = true };
    public static readonly Option<int> NodePollMilliseconds = new("--node-poll-ms") { Description = "The node's chain poll interval", DefaultValueFactory = _ => 500 };
    public static readonly Option<int> EndToEnd = new("--end-to-end") { Description = "Documents for the issue → anchor → index → verify budget", DefaultValueFactory = _ => 10000 };

    public static readonly Option<bool> IssueOnly = new("--issue-only") { Description = "Measure issue throughput only (no anchoring, verification, disclosure or end-to-end)" };

    public static IEnumerable<Option> All =>
    [
        Rpc, ChainPid, Documents, Out, GovernanceKey, IssuerKey, RelayerKey, IssueSizes, AnchorSizes, VerifySamples, VerifyWarmUp,
        ThroughputDocuments, Rounds, Concurrency, DiscloseField, DiscloseSamples, NodeDll, NodePollMilliseconds, EndToEnd, IssueOnly,
    ];

    public static CompareSettings Read(ParseResult result) => new(
        new Uri(result.GetRequiredValue(Rpc), UriKind.Absolute),
        result.GetValue(ChainPid),
        result.GetRequiredValue(Documents),
        result.GetRequiredValue(Out),
        result.GetRequiredValue(GovernanceKey),
        result.GetRequiredValue(IssuerKey),
        result.GetRequiredValue(RelayerKey),
        Sizes(result.GetRequiredValue(IssueSizes)),
        Sizes(result.GetRequiredValue(AnchorSizes)),
        result.GetValue(VerifySamples),
        result.GetValue(VerifyWarmUp),
        result.GetValue(ThroughputDocuments),
        RoundCount(result.GetValue(Rounds)),
        result.GetValue(Concurrency),
        result.GetRequiredValue(DiscloseField),
        result.GetValue(DiscloseSamples),
        result.GetRequiredValue(NodeDll),
        TimeSpan.FromMilliseconds(result.GetValue(NodePollMilliseconds)),
        result.GetValue(EndToEnd),
        result.GetValue(IssueOnly));

    private static int RoundCount(int rounds) =>
        rounds >= 1 ? rounds : throw new ArgumentException($"--rounds is {rounds}; give at least 1");

    private static int[] Sizes(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture))];
}

/// <summary>Everything one comparison run needs.</summary>
internal sealed record CompareSettings(
    Uri Rpc,
    int ChainPid,
    FileInfo Documents,
    FileInfo Out,
    string GovernanceKey,
    string IssuerKey,
    string RelayerKey,
    IReadOnlyList<int> IssueSizes,
    IReadOnlyList<int> AnchorSizes,
    int VerifySamples,
    int VerifyWarmUp,
    int ThroughputDocuments,
    int Rounds,
    int Concurrency,
    string DiscloseField,
    int DiscloseSamples,
    FileInfo NodeDll,
    TimeSpan NodePollInterval,
    int EndToEnd,
    bool IssueOnly);
