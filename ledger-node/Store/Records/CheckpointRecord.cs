namespace ProvenanceLedger.Node.Store.Records;

/// <summary>How far the index reaches: written in the same transaction as the range it ends.</summary>
internal sealed class CheckpointRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The last block fully indexed.</summary>
    public long BlockNumber { get; set; }

    public byte[] BlockHash { get; set; } = [];

    public long BlockTimestamp { get; set; }

    /// <summary>The audit digest at <see cref="BlockNumber"/>.</summary>
    public byte[] Digest { get; set; } = [];

    public long TotalLogs { get; set; }

    /// <summary>Position key of the last folded log (-1 before the first), so a resumed fold checks order.</summary>
    public long LastLogPosition { get; set; } = -1;
}
