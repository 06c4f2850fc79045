namespace ProvenanceLedger.Node.Store.Records;

/// <summary>
/// A block the index knows: every block with registry logs (kept for good: time travel and the digest per
/// block), and the recent range ends (kept within the reorg window to find the common ancestor).
/// </summary>
internal sealed class BlockRecord
{
    /// <summary>The block number.</summary>
    public long Id { get; set; }

    public byte[] Hash { get; set; } = [];

    public long Timestamp { get; set; }

    /// <summary>The audit digest at the end of this block.</summary>
    public byte[] Digest { get; set; } = [];

    /// <summary>Registry logs in this block.</summary>
    public int LogCount { get; set; }

    /// <summary>Registry logs up to and including this block.</summary>
    public long TotalLogs { get; set; }
}
