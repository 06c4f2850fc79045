using LiteDB;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// The only code that changes the index. A range is written with its raw logs, decoded records, block
/// hashes, digests and checkpoint in one LiteDB transaction, so after a crash the file holds either the whole
/// range or none of it; records have deterministic keys, so re-indexing a range can never duplicate one.
/// </summary>
internal sealed class LedgerWriter(RegistryEventDecoder decoder)
{
    /// <summary>Test seam: called after each log's records are written inside the open transaction (to abort mid-write).</summary>
    internal Action<Log>? AfterLogWritten { get; init; }

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
        // Decoding is pure CPU work: do it before the transaction opens so the write lock is held briefly.
        var decoded = range.Logs.Select(decoder.TryDecode).ToList();
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
            var totalLogs = checkpoint?.TotalLogs ?? 0;
            for (var i = 0; i < range.Logs.Count; i++)
            {
                var log = range.Logs[i];
                var header = range.LogBlocks[log.BlockNumber];
                var dataHash = Keccak256.Hash(log.Data);
                fold.Append(log.BlockNumber, log.BlockHash, log.LogIndex, log.Address, log.Topics, dataHash.Bytes);
                database.RawLogs.Insert(RawLog(log));
                if (decoded[i] is { } registryEvent && EventRecords.From(registryEvent, log, (long)header.Timestamp) is { } record)
                {
                    Insert(database, record);
                }

                AfterLogWritten?.Invoke(log);
            }

            foreach (var block in fold.Blocks)
            {
                totalLogs += block.LogCount;
                database.Blocks.Upsert(new BlockRecord
                {
                    Id = (long)block.BlockNumber,
                    Hash = block.BlockHash.Bytes.ToArray(),
                    Timestamp = (long)range.LogBlocks[block.BlockNumber].Timestamp,
                    Digest = block.Digest.Bytes.ToArray(),
                    LogCount = block.LogCount,
                    TotalLogs = totalLogs,
                });
            }

            if (fold.Blocks.Count == 0 || fold.Blocks[^1].BlockNumber != range.To.Number)
            {
                database.Blocks.Upsert(new BlockRecord
                {
                    Id = (long)range.To.Number,
                    Hash = range.To.Hash.Bytes.ToArray(),
                    Timestamp = (long)range.To.Timestamp,
                    Digest = fold.Current.Bytes.ToArray(),
                    LogCount = 0,
                    TotalLogs = totalLogs,
                });
            }

            database.Blocks.DeleteMany(Query.And(Query.LT("_id", (long)keepBlocksFrom), Query.EQ(nameof(BlockRecord.LogCount), 0), Query.LT("_id", (long)range.To.Number)));
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
            DeleteFrom(database.RawLogs, after);
            DeleteFrom(database.Batches, after);
            DeleteFrom(database.Revocations, after);
            DeleteFrom(database.Supersessions, after);
            DeleteFrom(database.Decisions, after);
            DeleteFrom(database.Accreditations, after);
            DeleteFrom(database.CustomsAuthorities, after);
            database.Blocks.DeleteMany(Query.GT("_id", (long)ancestor));
            var lastLog = database.RawLogs.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
            database.Checkpoint.Upsert(new CheckpointRecord
            {
                BlockNumber = block.Id,
                BlockHash = block.Hash,
                BlockTimestamp = block.Timestamp,
                Digest = block.Digest,
                TotalLogs = block.TotalLogs,
                LastLogPosition = lastLog?.Id ?? -1,
            });
        });
    }

    /// <summary>Empties the index and binds it to <paramref name="identity"/>, in one transaction.</summary>
    public static void Reset(LedgerDatabase database, IdentityRecord identity)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.InTransaction(() =>
        {
            database.RawLogs.DeleteAll();
            database.Batches.DeleteAll();
            database.Revocations.DeleteAll();
            database.Supersessions.DeleteAll();
            database.Decisions.DeleteAll();
            database.Accreditations.DeleteAll();
            database.CustomsAuthorities.DeleteAll();
            database.Blocks.DeleteAll();
            database.Checkpoint.DeleteAll();
            database.Identity.Upsert(identity);
        });
    }

    private static void DeleteFrom<T>(ILiteCollection<T> collection, long position) => collection.DeleteMany(Query.GTE("_id", position));

    private static void Insert(LedgerDatabase database, EventRecord record)
    {
        switch (record)
        {
            case BatchAnchoredRecord batch:
                database.Batches.Insert(batch);
                break;
            case RevocationRecord revocation:
                database.Revocations.Insert(revocation);
                break;
            case SupersessionRecord supersession:
                database.Supersessions.Insert(supersession);
                break;
            case DecisionRecordedRecord decision:
                database.Decisions.Insert(decision);
                break;
            case AccreditationEventRecord accreditation:
                database.Accreditations.Insert(accreditation);
                break;
            case CustomsAuthorityRecord authority:
                database.CustomsAuthorities.Insert(authority);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "no collection for this record");
        }
    }

    private static RawLogRecord RawLog(Log log)
    {
        var topics = new byte[log.Topics.Count * Hash32.Size];
        for (var i = 0; i < log.Topics.Count; i++)
        {
            log.Topics[i].Bytes.CopyTo(topics.AsSpan(i * Hash32.Size));
        }

        return new RawLogRecord
        {
            Id = ChainPosition.Of(log.BlockNumber, log.LogIndex),
            BlockNumber = (long)log.BlockNumber,
            BlockHash = log.BlockHash.Bytes.ToArray(),
            LogIndex = (long)log.LogIndex,
            TransactionHash = log.TransactionHash.Bytes.ToArray(),
            TransactionIndex = (long)log.TransactionIndex,
            Address = log.Address.Bytes.ToArray(),
            Topics = topics,
            Data = log.Data,
        };
    }
}
