namespace ProvenanceLedger.Node.Store.Records;

/// <summary>What every decoded registry event shares: where and when it happened.</summary>
internal abstract class EventRecord
{
    /// <summary><see cref="ChainPosition"/> of the log: deterministic, chain-ordered.</summary>
    public long Id { get; set; }

    public long BlockNumber { get; set; }

    /// <summary>Block time, unix seconds (UTC).</summary>
    public long Timestamp { get; set; }

    public byte[] TransactionHash { get; set; } = [];

    /// <summary>The registry contract that emitted it.</summary>
    public byte[] Registry { get; set; } = [];
}
