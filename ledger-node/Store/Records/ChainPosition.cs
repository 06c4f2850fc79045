namespace ProvenanceLedger.Node.Store.Records;

/// <summary>
/// A log's place in the chain as one sortable key: block number in the high bits, log index in the low 24.
/// Keys are deterministic, so two nodes (or a node before and after a crash) hold identical documents.
/// </summary>
internal static class ChainPosition
{
    private const int LogIndexBits = 24;

    public static long Of(ulong blockNumber, ulong logIndex)
    {
        if (logIndex >= 1UL << LogIndexBits || blockNumber >= 1UL << (63 - LogIndexBits))
        {
            throw new ArgumentOutOfRangeException(nameof(logIndex), $"log {logIndex} of block {blockNumber} is beyond what the store keys (2^24 logs per block, 2^39 blocks)");
        }

        return (long)((blockNumber << LogIndexBits) | logIndex);
    }

    /// <summary>The first key of block <paramref name="blockNumber"/>: every key at or above it belongs to a later or equal block.</summary>
    public static long FirstOf(ulong blockNumber) => Of(blockNumber, 0);

    public static ulong BlockOf(long position) => (ulong)position >> LogIndexBits;
}
