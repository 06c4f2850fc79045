using ProvenanceLedger.Node.Store;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>The outcome of reading a block range from the chain.</summary>
internal abstract record RangeRead
{
    /// <summary>A consistent range, ready to write.</summary>
    public sealed record Consistent(IndexedRange Range) : RangeRead;

    /// <summary>The range's first block does not descend from the checkpoint: the stored tip was reorged away.</summary>
    public sealed record NotOnCheckpoint : RangeRead;

    /// <summary>The chain changed while the range was read (log and header hashes disagree): read it again.</summary>
    public sealed record ChainMoved(string Why) : RangeRead;
}
