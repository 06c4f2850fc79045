using LiteDB;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// Fills a <see cref="ReadState"/> the two ways it is fed: in full from a store's raw logs (at start, after a
/// rollback or a replay), and one committed range at a time from the indexer. Both map a decoded event to the
/// record the store keeps and that record to its view, with the store's own code, so the answers are the same.
/// </summary>
internal static class ReadStateBuilder
{
    /// <summary>The model of everything <paramref name="database"/> holds now.</summary>
    public static ReadState Build(LedgerDatabase database, RegistryEventDecoder decoder) => database.Read(() =>
    {
        var state = new ReadState(database, database.Identity.FindById(IdentityRecord.SingletonId));
        var checkpoint = LedgerWriter.Checkpoint(database);
        if (checkpoint is null)
        {
            return state;
        }

        var timestamps = new Dictionary<ulong, long>();
        var rangeEnds = new List<BlockStamp>();
        foreach (var block in database.Blocks.Find(Query.All(Query.Ascending)))
        {
            var stamp = new BlockStamp((ulong)block.Id, block.Timestamp);
            if (block.LogCount > 0)
            {
                state.AddLogBlock(stamp);
                timestamps[stamp.Number] = stamp.Timestamp;
            }
            else
            {
                rangeEnds.Add(stamp);
            }
        }

        foreach (var log in database.RawBlocks.Find(Query.All(Query.Ascending)).SelectMany(RawLogPacking.Unpack))
        {
            if (DirectAnchorLog.Matches(log))
            {
                LearnAccreditationFromStore(database, decoder, log);
            }

            if (decoder.TryDecode(log) is { } decoded && EventRecords.From(decoded, log, timestamps[log.BlockNumber]) is { } record)
            {
                state.Add(record);
            }
        }

        state.Publish(checkpoint, [.. rangeEnds]);
        return state;
    });

    // A direct anchor's log names its accreditation by id, which the decoder learns from the grant's log; a store that
    // starts after the grant (a deployment block set late) does not hold that log, but its record of the anchor, decoded
    // when the range was written, names issuer and type: so the model is built from the store alone, the chain not asked.
    private static void LearnAccreditationFromStore(LedgerDatabase database, RegistryEventDecoder decoder, Log log)
    {
        var id = DirectAnchorLog.Read(log).AccreditationId;
        if (decoder.KnowsAccreditation(log.Address, id))
        {
            return;
        }

        var stored = database.Batches.FindById(ChainPosition.Of(log.BlockNumber, log.LogIndex))
            ?? throw new InvalidOperationException(
                $"the store {database.FilePath ?? "(in memory)"} holds direct anchor log {log.LogIndex} of block {log.BlockNumber} but not its batch record; the file is damaged: replay the index (POST /api/v1/admin/replay with the admin key) or delete the file");
        decoder.LearnAccreditation(log.Address, id, new Address(stored.Issuer), new Hash32(stored.DocType));
    }

    /// <summary>
    /// Adds a range the store has just committed (<see cref="LedgerWriter.Append"/>) and publishes its head;
    /// drops the range ends the store dropped (those below <paramref name="keepBlocksFrom"/>, except the new one).
    /// </summary>
    public static void Append(ReadState state, IndexedRange range, ulong keepBlocksFrom, CheckpointRecord written, RegistryEventDecoder decoder, Action? afterRecordAdded)
    {
        ulong? lastLogBlock = null;
        foreach (var log in range.Logs)
        {
            var timestamp = (long)range.LogBlocks[log.BlockNumber].Timestamp;
            if (lastLogBlock != log.BlockNumber)
            {
                state.AddLogBlock(new BlockStamp(log.BlockNumber, timestamp));
                lastLogBlock = log.BlockNumber;
            }

            if (decoder.TryDecode(log) is { } decoded && EventRecords.From(decoded, log, timestamp) is { } record)
            {
                state.Add(record);
                afterRecordAdded?.Invoke();
            }
        }

        var to = range.To.Number;
        // Every range end already published lies below this range, so only the store's retention decides which stay.
        var kept = (state.Head?.RangeEnds ?? []).Where(b => b.Number >= keepBlocksFrom).ToList();
        if (lastLogBlock != to)
        {
            kept.Add(new BlockStamp(to, (long)range.To.Timestamp));
        }

        state.Publish(written, [.. kept]);
    }

    /// <summary>True when <paramref name="range"/> starts right after the state's head (so it can be appended).</summary>
    public static bool Continues(ReadState state, IndexedRange range) =>
        state.Head is not { } head || head.Block + 1 == range.FromBlock;
}
