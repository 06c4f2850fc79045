using LiteDB;
using ProvenanceLedger.Node.Store.Records;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// Files written before raw logs were packed per block hold one <c>raw_logs</c> document per log. Opening such
/// a file moves those logs into <c>raw_blocks</c> in one transaction and then drops the emptied collection, so the
/// index, its digests and its export stay exactly what they were.
/// </summary>
internal static class RawLogLayoutUpgrade
{
    public const string LegacyCollection = "raw_logs";
    private const int BlocksPerStep = 1_000;

    public static void Run(LiteDatabase database, ILiteCollection<RawBlockRecord> rawBlocks)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(rawBlocks);
        if (!database.CollectionExists(LegacyCollection))
        {
            return;
        }

        var legacy = database.GetCollection<RawLogRecord>(LegacyCollection);
        if (!database.BeginTrans())
        {
            throw new InvalidOperationException("a ledger transaction is already open on this thread; the raw-log upgrade must run alone");
        }

        try
        {
            var last = legacy.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
            var first = legacy.Query().OrderBy("_id").Limit(1).FirstOrDefault();
            if (first is not null && last is not null)
            {
                // A step of blocks at a time: the whole history would not fit in memory at once.
                for (var block = (ulong)first.BlockNumber; block <= (ulong)last.BlockNumber; block += BlocksPerStep)
                {
                    var logs = legacy.Find(StoreFilter.Of("_id", ">=", ChainPosition.FirstOf(block)).And("_id", "<", ChainPosition.FirstOf(block + BlocksPerStep)))
                        .OrderBy(l => l.Id)
                        .Select(RecordViews.Log)
                        .ToList();
                    rawBlocks.Insert(logs.GroupBy(l => l.BlockNumber).Select(g => RawLogPacking.Pack([.. g])));
                }
            }

            legacy.DeleteAll();
            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        // LiteDB drops a collection only outside a transaction; an empty one left by a crash here is dropped next time.
        database.DropCollection(LegacyCollection);
    }
}
