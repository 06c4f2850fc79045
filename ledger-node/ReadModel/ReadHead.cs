namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// One committed state of the read model, published whole after each range: the checkpoint, how many of the
/// blocks with logs belong to it, and the range-end blocks without logs the store keeps at that point. A reader
/// takes one head and answers everything from it.
/// </summary>
/// <param name="Block">The checkpoint block (the last fully indexed one).</param>
/// <param name="Timestamp">Its timestamp (Unix seconds).</param>
/// <param name="BlockHash">Its hash.</param>
/// <param name="LogCount">Registry logs indexed up to it.</param>
/// <param name="LogBlocks">Blocks with registry logs in number order; only the first <paramref name="LogBlockCount"/> belong to this head.</param>
/// <param name="LogBlockCount">How many of <paramref name="LogBlocks"/> this head covers.</param>
/// <param name="RangeEnds">Range-end blocks without logs still kept (the reorg window), in number order.</param>
internal sealed record ReadHead(ulong Block, long Timestamp, byte[] BlockHash, long LogCount, BlockStamp[] LogBlocks, int LogBlockCount, BlockStamp[] RangeEnds)
{
    public LedgerPoint Point { get; } = new(Block, DateTimeOffset.FromUnixTimeSeconds(Timestamp));

    /// <summary>The last kept block at or below <paramref name="number"/>, if any.</summary>
    public BlockStamp? AtOrBelow(ulong number) => Last(b => b.Number <= number);

    /// <summary>The highest-numbered kept block whose timestamp is at or before <paramref name="seconds"/>, if any.</summary>
    public BlockStamp? LastAtOrBefore(long seconds) => Last(b => b.Timestamp <= seconds);

    // Both conditions hold for a prefix of the blocks in number order (block timestamps never decrease along the
    // chain): a binary search over the blocks with logs, then a look at the few kept range ends.
    private BlockStamp? Last(Func<BlockStamp, bool> within)
    {
        int low = 0, high = LogBlockCount;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (within(LogBlocks[middle]))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        BlockStamp? found = low == 0 ? null : LogBlocks[low - 1];
        foreach (var end in RangeEnds)
        {
            if (within(end) && (found is null || end.Number > found.Value.Number))
            {
                found = end;
            }
        }

        return found;
    }
}
