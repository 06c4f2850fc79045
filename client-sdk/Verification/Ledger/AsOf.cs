using System.Globalization;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>Which ledger state to verify against: the latest, a past block, or the last block at or before a time.</summary>
public readonly record struct AsOf
{
    private AsOf(ulong? block, DateTimeOffset? time)
    {
        Block = block;
        Time = time;
    }

    /// <summary>The latest block (the default).</summary>
    public static AsOf Latest => default;

    /// <summary>The state after block <paramref name="number"/>.</summary>
    public static AsOf AtBlock(ulong number) => new(number, null);

    /// <summary>The state after the last block mined at or before <paramref name="time"/>.</summary>
    public static AsOf AtTime(DateTimeOffset time) => new(null, time.ToUniversalTime());

    /// <summary>The block asked for, if any.</summary>
    public ulong? Block { get; }

    /// <summary>The time asked for, if any.</summary>
    public DateTimeOffset? Time { get; }

    /// <summary>"latest", "block 123" or "2026-11-22T10:00:00Z".</summary>
    public override string ToString() =>
        Block is { } block ? "block " + block.ToString(CultureInfo.InvariantCulture)
        : Time is { } time ? time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture)
        : "latest";
}
