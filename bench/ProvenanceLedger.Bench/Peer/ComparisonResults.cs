namespace ProvenanceLedger.Bench.Peer;

// Our side's results file; member names match the peer's JSON (bench/peer/oa/main.js) so that
// bench/peer/table.js reads both the same way.

internal sealed record ComparisonResults(
    string Side,
    IReadOnlyDictionary<string, string> Versions,
    IReadOnlyList<IssueResult> Issue,
    IReadOnlyList<AnchorResult> Anchoring,
    VerificationResults? Verification,
    DisclosureResult? Disclosure,
    EndToEndResult? EndToEnd);

internal sealed record IssueResult(
    int N, double Seconds, double DocumentsPerSecond, double CpuSeconds, double DocumentsPerCpuSecond, IReadOnlyList<IssueRound> Rounds, string Root);

internal sealed record IssueRound(double Seconds, double CpuSeconds);

internal sealed record AnchorResult(int BatchSize, string Method, long GasUsed, double GasPerDocument, double WallMs, double WallMsPerDocument);

internal sealed record VerificationResults(LatencyResult? Api, LatencyResult Sdk);

// The throughput figures are the median round's; every round is listed, the first one on a just-started verifier.
internal sealed record LatencyResult(
    int Samples, double MedianMs, double P99Ms, int ThroughputDocuments, int Concurrency, double DocumentsPerSecond,
    double VerifierCpuMsPerDocument, double ChainCpuMsPerDocument, IReadOnlyList<ThroughputRound> Rounds);

internal sealed record ThroughputRound(double DocumentsPerSecond, double VerifierCpuMsPerDocument, double ChainCpuMsPerDocument);

internal sealed record DisclosureResult(string Field, string Pointer, int Samples, double HideMedianMs, double VerifyMedianMs, double VerifyP99Ms, bool StillValid, string VerifiedBy);

internal sealed record EndToEndResult(int Documents, IReadOnlyList<StageTime> Stages, double TotalMs);

internal sealed record StageTime(string Name, double Ms);
