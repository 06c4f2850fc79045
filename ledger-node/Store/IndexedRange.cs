using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// A block range read from the chain, checked for consistency, ready to be written in one transaction: the
/// registry logs in (block, log index) order, the headers of every block that has logs, and the last block.
/// </summary>
/// <param name="FromBlock">First block of the range.</param>
/// <param name="To">Header of the range's last block (it becomes the checkpoint).</param>
/// <param name="Logs">Registry logs in chain order.</param>
/// <param name="LogBlocks">Headers of the blocks that have logs, by number.</param>
internal sealed record IndexedRange(ulong FromBlock, BlockHeader To, IReadOnlyList<Log> Logs, IReadOnlyDictionary<ulong, BlockHeader> LogBlocks)
{
    /// <summary>
    /// This range and <paramref name="next"/> as one range (catching up writes several eth_getLogs ranges in one
    /// transaction). Only this range's last block is dropped as a range end: it has no log of its own to keep it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="next"/> does not start right after this range's last block.</exception>
    public IndexedRange Then(IndexedRange next)
    {
        ArgumentNullException.ThrowIfNull(next);
        RequireFollows(To, next, nameof(next));
        return Join([this, next]);
    }

    /// <summary>
    /// Consecutive ranges as one, copied once however many there are (joining them pairwise would copy the logs
    /// read so far again for every range added).
    /// </summary>
    /// <remarks>That each range descends from the one before is the reader's proof (it was read on its last block).</remarks>
    /// <exception cref="ArgumentException">A range does not start right after the previous range's last block.</exception>
    public static IndexedRange Join(IReadOnlyList<IndexedRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentOutOfRangeException.ThrowIfZero(ranges.Count);
        if (ranges.Count == 1)
        {
            return ranges[0];
        }

        var logs = new List<Log>(ranges.Sum(r => r.Logs.Count));
        var blocks = new Dictionary<ulong, BlockHeader>(ranges.Sum(r => r.LogBlocks.Count));
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            if (i > 0)
            {
                RequireFollows(ranges[i - 1].To, range, nameof(ranges));
            }

            logs.AddRange(range.Logs);
            foreach (var (number, header) in range.LogBlocks)
            {
                blocks.Add(number, header);
            }
        }

        return new IndexedRange(ranges[0].FromBlock, ranges[^1].To, logs, blocks);
    }

    private static void RequireFollows(BlockHeader last, IndexedRange next, string parameter)
    {
        if (next.FromBlock != last.Number + 1)
        {
            throw new ArgumentException($"range starting at block {next.FromBlock} does not follow block {last.Number}", parameter);
        }
    }
}
