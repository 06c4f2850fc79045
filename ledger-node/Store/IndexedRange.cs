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
    /// <remarks>That <paramref name="next"/> descends from this range's last block is the reader's proof (it was read on it).</remarks>
    /// <exception cref="ArgumentException"><paramref name="next"/> does not start right after this range's last block.</exception>
    public IndexedRange Then(IndexedRange next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.FromBlock != To.Number + 1)
        {
            throw new ArgumentException($"range starting at block {next.FromBlock} does not follow block {To.Number}", nameof(next));
        }

        var logs = new List<Log>(Logs.Count + next.Logs.Count);
        logs.AddRange(Logs);
        logs.AddRange(next.Logs);
        var blocks = new Dictionary<ulong, BlockHeader>(LogBlocks.Count + next.LogBlocks.Count);
        foreach (var (number, header) in LogBlocks)
        {
            blocks.Add(number, header);
        }

        foreach (var (number, header) in next.LogBlocks)
        {
            blocks.Add(number, header);
        }

        return new IndexedRange(FromBlock, next.To, logs, blocks);
    }
}
