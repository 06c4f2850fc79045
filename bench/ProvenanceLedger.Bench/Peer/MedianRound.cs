namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// The round a measurement reports: the middle one by throughput, and of an even count the slower of the two
/// middle ones (bench/peer/oa/wrap.js picks theirs the same way).
/// </summary>
internal static class MedianRound
{
    public static T Of<T>(IReadOnlyList<T> rounds, Func<T, double> perSecond) =>
        rounds.OrderBy(perSecond).ElementAt((rounds.Count - 1) / 2);
}
