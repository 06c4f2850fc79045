namespace ProvenanceLedger.Node.Store.Records;

/// <summary>A registry log exactly as eth_getLogs returned it: the audit digest and the event export read these.</summary>
internal sealed class RawLogRecord
{
    /// <summary><see cref="ChainPosition"/> of (block, log index).</summary>
    public long Id { get; set; }

    public long BlockNumber { get; set; }

    public byte[] BlockHash { get; set; } = [];

    public long LogIndex { get; set; }

    public byte[] TransactionHash { get; set; } = [];

    public long TransactionIndex { get; set; }

    public byte[] Address { get; set; } = [];

    /// <summary>The topics concatenated (32 bytes each): one binary value instead of an array of them saves space.</summary>
    public byte[] Topics { get; set; } = [];

    public byte[] Data { get; set; } = [];
}
