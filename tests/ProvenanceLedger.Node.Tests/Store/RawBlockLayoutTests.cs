using LiteDB;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Tests.Store;

/// <summary>The writer's one-document-per-block raw logs: what goes in comes out, rollbacks cut at block boundaries.</summary>
public sealed class RawBlockLayoutTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-layout-").FullName;

    [Fact]
    public void Logs_written_in_ranges_come_back_exactly_in_chain_order()
    {
        var logs = SyntheticLogs.Blocks(new Random(1337), 100, 40, 9);
        using var store = new LedgerStore(LedgerDatabase.OpenInMemory());
        var index = new LedgerIndex(store, new IndexerProgress(0));

        WriteInRanges(store.Current, logs, 100);

        Assert.Equal(logs.Select(SyntheticLogs.Describe), index.GetLogs(0, ulong.MaxValue, int.MaxValue).Select(SyntheticLogs.Describe));
        Assert.Equal(logs.Count(l => l.BlockNumber is >= 130 and <= 160), index.GetLogs(130, 160, int.MaxValue).Count);
        Assert.Equal(logs.Where(l => l.BlockNumber >= 130).Take(7).Select(SyntheticLogs.Describe), index.GetLogs(130, 1_000, 7).Select(SyntheticLogs.Describe));
        Assert.Equal(40, store.Current.RawBlocks.Count());
        Assert.Equal(new AuditDigestFold().AppendAll(logs).Current, index.GetDigest(AsOf.Latest).Digest);
        Assert.True(StoredDigestCheck.Run(store.Current).IsIntact);
    }

    [Fact]
    public void A_rollback_deletes_exactly_the_blocks_after_the_ancestor()
    {
        var logs = SyntheticLogs.Blocks(new Random(1337), 100, 30, 6);
        using var store = new LedgerStore(LedgerDatabase.OpenInMemory());
        var database = store.Current;
        WriteInRanges(database, logs, 100);
        var ancestor = logs.Select(l => l.BlockNumber).Distinct().ElementAt(11);
        var kept = logs.Where(l => l.BlockNumber <= ancestor).ToList();

        LedgerWriter.RollBack(database, ancestor);

        var index = new LedgerIndex(store, new IndexerProgress(0));
        Assert.Equal(kept.Select(SyntheticLogs.Describe), index.GetLogs(0, ulong.MaxValue, int.MaxValue).Select(SyntheticLogs.Describe));
        Assert.Equal(12, database.RawBlocks.Count());
        var checkpoint = LedgerWriter.Checkpoint(database)!;
        Assert.Equal((long)ancestor, checkpoint.BlockNumber);
        Assert.Equal(ChainPosition.Of(ancestor, kept[^1].LogIndex), checkpoint.LastLogPosition);
        Assert.Equal(kept.Count, checkpoint.TotalLogs);
        Assert.True(StoredDigestCheck.Run(database).IsIntact);

        // The rolled-back blocks can be written again, and the store ends where it would have without the rollback.
        WriteInRanges(database, logs.Where(l => l.BlockNumber > ancestor).ToList(), ancestor + 1);
        Assert.Equal(logs.Select(SyntheticLogs.Describe), index.GetLogs(0, ulong.MaxValue, int.MaxValue).Select(SyntheticLogs.Describe));
        Assert.Equal(new AuditDigestFold().AppendAll(logs).Current, new Sdk.Ethereum.Hash32(LedgerWriter.Checkpoint(database)!.Digest));
    }

    [Fact]
    public void A_file_with_one_raw_log_document_per_log_is_upgraded_on_open()
    {
        var logs = SyntheticLogs.Blocks(new Random(1337), 100, 25, 6);
        var path = Path.Combine(_directory, "legacy.db");
        using (var legacy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            legacy.GetCollection<RawLogRecord>(RawLogLayoutUpgrade.LegacyCollection).Insert(logs.Select(Legacy));
        }

        using (var database = LedgerDatabase.OpenFile(path))
        {
            Assert.Equal(25, database.RawBlocks.Count());
            Assert.Equal(logs.Select(SyntheticLogs.Describe), database.RawBlocks.Find(Query.All("_id")).SelectMany(RawLogPacking.Unpack).Select(SyntheticLogs.Describe));
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        Assert.False(reopened.CollectionExists(RawLogLayoutUpgrade.LegacyCollection));
    }

    [Fact]
    public void A_new_file_has_every_collection_before_the_first_write()
    {
        var path = Path.Combine(_directory, "new.db");
        using (LedgerDatabase.OpenFile(path))
        {
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        Assert.Equal(
            ["accreditations", "batches", "blocks", "checkpoint", "customs_authorities", "decisions", "identity", "raw_blocks", "revocations", "supersessions"],
            reopened.GetCollectionNames().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_file_has_only_the_indexes_a_store_query_seeks_on()
    {
        var path = Path.Combine(_directory, "indexes.db");
        using (LedgerDatabase.OpenFile(path))
        {
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        var indexes = reopened.GetCollection("$indexes").FindAll()
            .Where(i => i["name"].AsString != "_id")
            .Select(i => $"{i["collection"].AsString}.{i["name"].AsString}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["accreditations.Issuer", "batches.DocType", "batches.Issuer", "batches.Root", "blocks.Timestamp", "decisions.Authority",
                "decisions.Country", "decisions.DocHash", "revocations.Target", "supersessions.NewHash", "supersessions.OldHash"],
            indexes);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void WriteInRanges(LedgerDatabase database, List<Log> logs, ulong firstBlock)
    {
        var writer = new LedgerWriter(new RegistryEventDecoder());
        var from = firstBlock;
        foreach (var chunk in logs.GroupBy(l => l.BlockNumber).Chunk(4))
        {
            var range = SyntheticLogs.Range(from, [.. chunk.SelectMany(g => g)]);
            writer.Append(database, range, keepBlocksFrom: 0);
            from = range.To.Number + 1;
        }
    }

    private static RawLogRecord Legacy(Log log)
    {
        var topics = new byte[log.Topics.Count * 32];
        for (var i = 0; i < log.Topics.Count; i++)
        {
            log.Topics[i].Bytes.CopyTo(topics.AsSpan(i * 32));
        }

        return new RawLogRecord
        {
            Id = ChainPosition.Of(log.BlockNumber, log.LogIndex), BlockNumber = (long)log.BlockNumber, BlockHash = log.BlockHash.Bytes.ToArray(),
            LogIndex = (long)log.LogIndex, TransactionHash = log.TransactionHash.Bytes.ToArray(), TransactionIndex = (long)log.TransactionIndex,
            Address = log.Address.Bytes.ToArray(), Topics = topics, Data = log.Data,
        };
    }
}
