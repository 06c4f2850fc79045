namespace ProvenanceLedger.Node.Ledger;

/// <summary>What the index can be trusted for right now.</summary>
public enum IndexState
{
    /// <summary>Not yet checked against the chain; serves what the file holds.</summary>
    Starting = 0,

    /// <summary>Catching up with the chain; answers are correct as of the indexed block.</summary>
    Syncing = 1,

    /// <summary>Within the configured lag of the chain head.</summary>
    Ready = 2,

    /// <summary>The chain cannot be reached; serving what the index holds, which may lag.</summary>
    Degraded = 3,

    /// <summary>The RPC serves another chain (or the registry has no code): the index is stale and not served.</summary>
    ChainMismatch = 4,
}
