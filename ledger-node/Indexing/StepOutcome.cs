namespace ProvenanceLedger.Node.Indexing;

/// <summary>What one indexer step did, which tells the loop whether to go on at once or wait for new blocks.</summary>
internal enum StepOutcome
{
    /// <summary>Work was done and more is waiting: step again at once.</summary>
    Progressed,

    /// <summary>The index has reached head minus confirmations: wait for the next block.</summary>
    CaughtUp,

    /// <summary>The index cannot follow this chain (identity mismatch): check again later.</summary>
    Refused,
}
