using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// Keeps the in-memory read model in step with the index file the indexer writes. The indexer tells it about
/// every change (<see cref="Follow"/> each step, <see cref="Committed"/> after a range, <see cref="Forget"/>
/// before a rollback); readers ask <see cref="For"/> and fall back to the store when it has no model of the
/// file being served (while it is rebuilt, or right after a replay swapped files).
/// </summary>
internal sealed class LedgerReadModel(RegistryEventDecoder decoder)
{
    private ReadState? _state;

    /// <summary>Test seam: called after each event of a committed range is added, before the range is published.</summary>
    internal Action? AfterRecordAdded { get; init; }

    /// <summary>The model of <paramref name="database"/>, or null when there is none in step with it.</summary>
    public ReadState? For(LedgerDatabase database)
    {
        var state = Volatile.Read(ref _state);
        return state is not null && ReferenceEquals(state.Database, database) ? state : null;
    }

    /// <summary>
    /// Indexer: makes the model mirror <paramref name="database"/> as it is now. Cheap when it already does (two
    /// point reads); rebuilt from the store's raw logs when there is none, the file changed, or the file's
    /// identity or checkpoint moved without the model (a reset or rollback).
    /// </summary>
    public void Follow(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var current = For(database);
        if (current is not null)
        {
            var (identity, checkpoint) = database.Read(() => (database.Identity.FindById(IdentityRecord.SingletonId), LedgerWriter.Checkpoint(database)));
            if (Same(current.Identity, identity) && Same(current.Head, checkpoint))
            {
                return;
            }
        }

        Rebuild(database);
    }

    /// <summary>Indexer: <paramref name="range"/> was just committed to <paramref name="database"/> by <see cref="LedgerWriter.Append"/>.</summary>
    public void Committed(LedgerDatabase database, IndexedRange range, ulong keepBlocksFrom, CheckpointRecord written)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(written);
        if (For(database) is not { } state || !ReadStateBuilder.Continues(state, range))
        {
            Rebuild(database);
            return;
        }

        try
        {
            ReadStateBuilder.Append(state, range, keepBlocksFrom, written, decoder, AfterRecordAdded);
        }
        catch
        {
            // Half a range may be in the lists (invisible past the head, but the next range would follow it):
            // drop the model; the next Follow rebuilds it from the store, where the range is whole.
            Forget();
            throw;
        }
    }

    /// <summary>Indexer: the file is about to change in a way the model cannot follow; serve from the store until the next <see cref="Follow"/>.</summary>
    public void Forget() => Volatile.Write(ref _state, null);

    private void Rebuild(LedgerDatabase database)
    {
        Forget();
        Volatile.Write(ref _state, ReadStateBuilder.Build(database, decoder));
    }

    private static bool Same(IdentityRecord? model, IdentityRecord? stored) =>
        model is null ? stored is null : stored is not null && model.ChainId == stored.ChainId && model.CreatedUtc == stored.CreatedUtc
            && model.GenesisHash.AsSpan().SequenceEqual(stored.GenesisHash);

    private static bool Same(ReadHead? model, CheckpointRecord? stored) =>
        model is null ? stored is null : stored is not null && (long)model.Block == stored.BlockNumber && model.BlockHash.AsSpan().SequenceEqual(stored.BlockHash)
            && model.LogCount == stored.TotalLogs;
}
