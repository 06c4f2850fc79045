using LiteDB;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// The only code that changes the index. A range is written with its raw logs, decoded records, block
/// hashes, digests and checkpoint in one LiteDB transaction, so after a crash the file holds either the whole
/// range or none of it; records have deterministic keys, so re-indexing a range can never duplicate one.
/// </summary>
internal sealed class LedgerWriter(RegistryEventDecoder decoder)
{
    /// <summary>Test seam: called after each insert, upsert or delete the open transaction makes (to abort mid-write).</summary>
    internal Action? AfterEachWrite { get; init; }

    /// <summary>
    /// Call before <see cref="Append"/>, outside any transaction: a direct anchor names its accreditation by id, which
    /// the decoder learns from the grant's log, and a range may name one whose grant this process never decoded (a
    /// writer on an existing file, a deployment block set after the grant); the registry is asked for those.
    /// </summary>
    public Task LearnAccreditationsAsync(EthRpcClient rpc, IndexedRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        return decoder.LearnAccreditationsAsync(rpc, range.Logs, cancellationToken);
    }

    /// <summary>The checkpoint, or null before the first range.</summary>
    public static CheckpointRecord? Checkpoint(LedgerDatabase database) => database.Checkpoint.FindById(CheckpointRecord.SingletonId);

    /// <summary>
    /// Appends <paramref name="range"/> right after the checkpoint; drops range-end blocks without logs below
    /// <paramref name="keepBlocksFrom"/> (the reorg window). Returns the checkpoint written.
    /// </summary>
    /// <exception cref="InvalidOperationException">The range does not start right after the checkpoint, or logs are out of order.</exception>
    public CheckpointRecord Append(LedgerDatabase database, IndexedRange range, ulong keepBlocksFrom)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(range);
        // Decoding, packing and building documents is pure CPU work: all of it happens before the transaction
        // opens, so the write lock (which readers wait on) is held only for the inserts.
        var documents = RangeDocuments.Build(range, decoder);
        CheckpointRecord? written = null;
        database.InTransaction(() =>
        {
            var checkpoint = Checkpoint(database);
            if (checkpoint is not null && (ulong)checkpoint.BlockNumber + 1 != range.FromBlock)
            {
                throw new InvalidOperationException($"range starting at block {range.FromBlock} does not follow the checkpoint at block {checkpoint.BlockNumber}");
            }

            var fold = checkpoint is null
                ? new AuditDigestFold()
                : new AuditDigestFold(new Hash32(checkpoint.Digest), checkpoint.LastLogPosition < 0 ? null : ChainPosition.BlockOf(checkpoint.LastLogPosition),
                    checkpoint.LastLogPosition < 0 ? null : (ulong)checkpoint.LastLogPosition & 0xFF_FFFF);
            foreach (var log in range.Logs)
            {
                fold.Append(log.BlockNumber, log.BlockHash, log.LogIndex, log.Address, log.Topics, Keccak256.Hash(log.Data).Bytes);
            }

            Insert(database, LedgerDatabase.RawBlocksName, documents.RawBlocks);
            foreach (var (collection, records) in documents.Events)
            {
                Insert(database, collection, records);
            }

            var totalLogs = checkpoint?.TotalLogs ?? 0;
            var blocks = new List<BsonDocument>(fold.Blocks.Count + 1);
            foreach (var block in fold.Blocks)
            {
                totalLogs += block.LogCount;
                blocks.Add(RecordDocuments.Of(new BlockRecord
                {
                    Id = (long)block.BlockNumber,
                    Hash = block.BlockHash.Bytes.ToArray(),
                    Timestamp = (long)range.LogBlocks[block.BlockNumber].Timestamp,
                    Digest = block.Digest.Bytes.ToArray(),
                    LogCount = block.LogCount,
                    TotalLogs = totalLogs,
                }));
            }

            if (fold.Blocks.Count == 0 || fold.Blocks[^1].BlockNumber != range.To.Number)
            {
                blocks.Add(RecordDocuments.Of(new BlockRecord
                {
                    Id = (long)range.To.Number,
                    Hash = range.To.Hash.Bytes.ToArray(),
                    Timestamp = (long)range.To.Timestamp,
                    Digest = fold.Current.Bytes.ToArray(),
                    LogCount = 0,
                    TotalLogs = totalLogs,
                }));
            }

            Insert(database, LedgerDatabase.BlocksName, blocks);
            DropOldRangeEnds(database, checkpoint, range, keepBlocksFrom);
            written = new CheckpointRecord
            {
                BlockNumber = (long)range.To.Number,
                BlockHash = range.To.Hash.Bytes.ToArray(),
                BlockTimestamp = (long)range.To.Timestamp,
                Digest = fold.Current.Bytes.ToArray(),
                TotalLogs = totalLogs,
                LastLogPosition = fold.LastBlock is { } lastBlock ? ChainPosition.Of(lastBlock, fold.LastLogIndex!.Value) : -1,
            };
            database.Checkpoint.Upsert(written);
            AfterEachWrite?.Invoke();
        });
        return written!;
    }

    /// <summary>
    /// Removes everything after block <paramref name="ancestor"/> (a reorg's common ancestor, which the store
    /// knows) and moves the checkpoint back to it, in one transaction.
    /// </summary>
    public static void RollBack(LedgerDatabase database, ulong ancestor)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.InTransaction(() =>
        {
            var block = database.Blocks.FindById((long)ancestor)
                ?? throw new InvalidOperationException($"block {ancestor} is not in the store; roll back only to a stored block");
            var after = ChainPosition.FirstOf(ancestor + 1);
            foreach (var collection in LedgerDatabase.EventCollections)
            {
                database.Documents(collection).DeleteMany(StoreFilter.Of("_id", ">=", after));
            }

            database.RawBlocks.DeleteMany(StoreFilter.Of("_id", ">", (long)ancestor));
            database.Blocks.DeleteMany(StoreFilter.Of("_id", ">", (long)ancestor));
            var lastBlock = database.RawBlocks.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
            database.Checkpoint.Upsert(new CheckpointRecord
            {
                BlockNumber = block.Id,
                BlockHash = block.Hash,
                BlockTimestamp = block.Timestamp,
                Digest = block.Digest,
                TotalLogs = block.TotalLogs,
                LastLogPosition = lastBlock is null ? -1 : ChainPosition.Of((ulong)lastBlock.Id, RawLogPacking.Unpack(lastBlock)[^1].LogIndex),
            });
        });
    }

    /// <summary>Empties the index and binds it to <paramref name="identity"/>, in one transaction.</summary>
    public static void Reset(LedgerDatabase database, IdentityRecord identity)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.InTransaction(() =>
        {
            foreach (var collection in LedgerDatabase.EventCollections)
            {
                database.Documents(collection).DeleteAll();
            }

            database.RawBlocks.DeleteAll();
            database.Blocks.DeleteAll();
            database.Checkpoint.DeleteAll();
            database.Identity.Upsert(identity);
        });
    }

    // Range ends without logs are kept only within the reorg window. The ones that left it since the previous
    // range lie between the previous range's bound and this one's: a key range, not a scan of every block.
    private void DropOldRangeEnds(LedgerDatabase database, CheckpointRecord? previous, IndexedRange range, ulong keepBlocksFrom)
    {
        var stepped = previous is null ? range.To.Number : range.To.Number - (ulong)previous.BlockNumber;
        var from = keepBlocksFrom > stepped ? keepBlocksFrom - stepped : 0;
        var upTo = Math.Min(keepBlocksFrom, range.To.Number);
        if (upTo > from)
        {
            database.Blocks.DeleteMany(StoreFilter.Of("_id", ">=", (long)from).And("_id", "<", (long)upTo).And(nameof(BlockRecord.LogCount), "=", 0));
            AfterEachWrite?.Invoke();
        }
    }

    private void Insert(LedgerDatabase database, string collection, List<BsonDocument> documents)
    {
        if (documents.Count > 0)
        {
            database.Documents(collection).Insert(documents);
            AfterEachWrite?.Invoke();
        }
    }
}
