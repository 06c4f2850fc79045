namespace ProvenanceLedger.Bench.Peer;

/// <summary>Nearest-rank percentiles, the same definition the peer's stats.js uses.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("a percentile of no values is undefined", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var rank = Math.Max(1, (int)Math.Ceiling(percent / 100 * sorted.Length));
        return sorted[rank - 1];
    }
}
