namespace ProvenanceLedger.Node.Ledger;

/// <summary>
/// The moment a query reads the ledger at: the newest indexed block, a block number, or a time (resolved
/// through block timestamps to the last block at or before it).
/// </summary>
public readonly record struct AsOf
{
    private AsOf(ulong? block, DateTimeOffset? time)
    {
        BlockNumber = block;
        Time = time;
    }

    /// <summary>The newest indexed block.</summary>
    public static AsOf Latest => default;

    /// <summary>The block, when asked by number.</summary>
    public ulong? BlockNumber { get; }

    /// <summary>The time, when asked by time.</summary>
    public DateTimeOffset? Time { get; }

    /// <summary>As of block <paramref name="number"/> (inclusive).</summary>
    public static AsOf Block(ulong number) => new(number, null);

    /// <summary>As of time <paramref name="time"/>: blocks whose timestamp is at or before it.</summary>
    public static AsOf At(DateTimeOffset time) => new(null, time);

    /// <inheritdoc />
    public override string ToString() => BlockNumber is { } b ? $"block {b}" : Time is { } t ? $"time {t.UtcDateTime:O}" : "latest";
}
