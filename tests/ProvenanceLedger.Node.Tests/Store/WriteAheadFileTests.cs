using LiteDB;
using ProvenanceLedger.Node.Store;

namespace ProvenanceLedger.Node.Tests.Store;

public sealed class WriteAheadFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-wal-").FullName;

    [Fact]
    public void The_log_is_synced_once_per_commit_and_once_per_checkpoint_and_the_data_file_once_per_checkpoint()
    {
        var path = Path.Combine(_directory, "ledger.db");
        using (var log = WriteAheadFile.OpenLog(path))
        using (var data = WriteAheadFile.OpenData(path, log))
        using (var database = new LiteDatabase(data, new BsonMapper(), log))
        {
            var records = database.GetCollection("records");
            records.Insert(new BsonDocument { ["_id"] = 0, ["Payload"] = new byte[100] });
            database.Checkpoint();
            var (logBefore, dataBefore) = (log.Syncs, data.Syncs);

            // Each insert is a transaction of its own; 20 KB each: several pages, so LiteDB's writer queue runs dry
            // (where its own file streams would sync) more than once per commit.
            for (var id = 1; id <= 3; id++)
            {
                records.Insert(new BsonDocument { ["_id"] = id, ["Payload"] = new byte[20_000] });
            }

            database.Checkpoint();

            Assert.Equal((3 + 1, 1), (log.Syncs - logBefore, data.Syncs - dataBefore));
            Assert.Equal(0, log.Length);
        }

        using var reopened = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        Assert.Equal([0, 1, 2, 3], reopened.GetCollection("records").FindAll().Select(d => d["_id"].AsInt32));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
