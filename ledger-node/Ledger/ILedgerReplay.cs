namespace ProvenanceLedger.Node.Ledger;

/// <summary>Rebuilds the index from the registries' deployment blocks into a new file, then serves it instead of the old one.</summary>
public interface ILedgerReplay
{
    /// <summary>
    /// Re-indexes the chain into a new file while the old index keeps serving; pauses the live indexer only for
    /// the last catch-up and the swap. Throws <see cref="InvalidOperationException"/> when a replay is already running.
    /// </summary>
    Task<ReplayResult> ReplayAsync(CancellationToken cancellationToken);
}
