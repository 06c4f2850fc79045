using LiteDB;
using ProvenanceLedger.Node.Store.Records;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// The index's LiteDB file: typed collections and every index the queries use, ensured at open. Owns its
/// own <see cref="BsonMapper"/> (never the global one). Event collections are keyed by chain position, so a
/// rollback is one key-range delete per collection and "as of block B" is a key-range bound.
/// </summary>
internal sealed class LedgerDatabase : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly (WriteAheadFile Data, WriteAheadFile Log)? _files;

    // LiteDB 5 can hand a reader a page another thread is rewriting inside a transaction ("page type must be
    // collection page"), so reads share this lock and a transaction holds it alone.
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.SupportsRecursion);

    private LedgerDatabase(LiteDatabase database, (WriteAheadFile Data, WriteAheadFile Log)? files = null)
    {
        _database = database;
        _files = files;
        RawBlocks = database.GetCollection<RawBlockRecord>(RawBlocksName);
        Blocks = database.GetCollection<BlockRecord>(BlocksName);
        Batches = database.GetCollection<BatchAnchoredRecord>(CollectionOf(typeof(BatchAnchoredRecord)));
        Revocations = database.GetCollection<RevocationRecord>(CollectionOf(typeof(RevocationRecord)));
        Supersessions = database.GetCollection<SupersessionRecord>(CollectionOf(typeof(SupersessionRecord)));
        Decisions = database.GetCollection<DecisionRecordedRecord>(CollectionOf(typeof(DecisionRecordedRecord)));
        Accreditations = database.GetCollection<AccreditationEventRecord>(CollectionOf(typeof(AccreditationEventRecord)));
        CustomsAuthorities = database.GetCollection<CustomsAuthorityRecord>(CollectionOf(typeof(CustomsAuthorityRecord)));
        Checkpoint = database.GetCollection<CheckpointRecord>(CheckpointName);
        Identity = database.GetCollection<IdentityRecord>(IdentityName);
        EnsureIndexes();
        RawLogLayoutUpgrade.Run(database, RawBlocks);
    }

    public const string RawBlocksName = "raw_blocks";

    public const string BlocksName = "blocks";

    private const string CheckpointName = "checkpoint";

    private const string IdentityName = "identity";

    /// <summary>The registry logs, one document per block with logs.</summary>
    public ILiteCollection<RawBlockRecord> RawBlocks { get; }

    public ILiteCollection<BlockRecord> Blocks { get; }

    public ILiteCollection<BatchAnchoredRecord> Batches { get; }

    public ILiteCollection<RevocationRecord> Revocations { get; }

    public ILiteCollection<SupersessionRecord> Supersessions { get; }

    public ILiteCollection<DecisionRecordedRecord> Decisions { get; }

    public ILiteCollection<AccreditationEventRecord> Accreditations { get; }

    public ILiteCollection<CustomsAuthorityRecord> CustomsAuthorities { get; }

    public ILiteCollection<CheckpointRecord> Checkpoint { get; }

    public ILiteCollection<IdentityRecord> Identity { get; }

    /// <summary>The mapper the typed collections read and write with.</summary>
    public BsonMapper Mapper => _database.Mapper;

    /// <summary>The event collections in the order a rollback or reset clears them.</summary>
    public static IReadOnlyList<string> EventCollections { get; } =
        ["batches", "revocations", "supersessions", "decisions", "accreditations", "customs_authorities"];

    /// <summary>The file this database lives in (null in memory).</summary>
    public string? FilePath { get; private init; }

    /// <summary>Opens (or creates) the index file.</summary>
    public static LedgerDatabase OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var log = WriteAheadFile.OpenLog(path);
        WriteAheadFile? data = null;
        try
        {
            data = WriteAheadFile.OpenData(path, log);
            return new LedgerDatabase(new LiteDatabase(data, CreateMapper(), log), (data, log)) { FilePath = path };
        }
        catch
        {
            data?.Dispose();
            log.Dispose();
            throw;
        }
    }

    /// <summary>An in-memory database (tests).</summary>
    public static LedgerDatabase OpenInMemory() => new(new LiteDatabase(new MemoryStream(), CreateMapper()));

    /// <summary>Runs <paramref name="write"/> in one transaction: all of it is stored, or none of it.</summary>
    public void InTransaction(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        // LiteDB binds a transaction to the calling thread, so the whole write runs synchronously here.
        _gate.EnterWriteLock();
        try
        {
            if (!_database.BeginTrans())
            {
                throw new InvalidOperationException("a ledger transaction is already open on this thread; writes must not nest");
            }

            try
            {
                write();
                _database.Commit();
            }
            catch
            {
                _database.Rollback();
                throw;
            }
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>Runs a query that must see no transaction half-written (materialise its results inside).</summary>
    public T Read<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>
    /// A collection as plain BSON documents: the writer inserts documents it built by hand
    /// (<see cref="RecordDocuments"/>) and deletes by key, skipping the mapper.
    /// </summary>
    public ILiteCollection<BsonDocument> Documents(string name) => _database.GetCollection(name);

    /// <summary>The collection that keeps records of <paramref name="recordType"/>.</summary>
    public static string CollectionOf(Type recordType) =>
        recordType == typeof(BatchAnchoredRecord) ? "batches"
        : recordType == typeof(RevocationRecord) ? "revocations"
        : recordType == typeof(SupersessionRecord) ? "supersessions"
        : recordType == typeof(DecisionRecordedRecord) ? "decisions"
        : recordType == typeof(AccreditationEventRecord) ? "accreditations"
        : recordType == typeof(CustomsAuthorityRecord) ? "customs_authorities"
        : throw new ArgumentOutOfRangeException(nameof(recordType), recordType.Name, "no collection for this record");

    /// <summary>Forces committed pages from the log into the data file (LiteDB checkpoint).</summary>
    public void Flush() => _database.Checkpoint();

    public void Dispose()
    {
        // LiteDB checkpoints on dispose, so the log is empty afterwards; its own file streams would delete it then.
        _database.Dispose();
        if (_files is var (data, log))
        {
            var emptyLog = log.Length == 0;
            data.Dispose();
            log.Dispose();
            if (emptyLog)
            {
                File.Delete(WriteAheadFile.LogPathOf(FilePath!));
            }
        }

        _gate.Dispose();
    }

    private static BsonMapper CreateMapper() => new()
    {
        EnumAsInteger = true,
        SerializeNullValues = false,
        TrimWhitespace = false,
        EmptyStringToNull = false,
    };

    // Indexes are named by expression strings: a lambda over a byte[] property would index each byte (a multikey index).
    // Only what a query seeks on: every index is a B-tree insert per record on the write path.
    private void EnsureIndexes()
    {
        Blocks.EnsureIndex("Timestamp", "$.Timestamp");
        Batches.EnsureIndex("Root", "$.Root", true);
        Batches.EnsureIndex("Issuer", "$.Issuer");
        Batches.EnsureIndex("DocType", "$.DocType");
        Revocations.EnsureIndex("Target", "$.Target");
        Supersessions.EnsureIndex("OldHash", "$.OldHash");
        Supersessions.EnsureIndex("NewHash", "$.NewHash");
        Decisions.EnsureIndex("DocHash", "$.DocHash");
        Decisions.EnsureIndex("Authority", "$.Authority");
        Decisions.EnsureIndex("Country", "$.Country");
        Accreditations.EnsureIndex("Issuer", "$.Issuer");

        // Indexes no query uses any more (files written by earlier versions have them). The customs authorities are
        // listed in _id order and grouped in memory; the checkpoint and the identity are single documents read by _id
        // (their indexes cost every commit an index update).
        Revocations.DropIndex("Root");
        Accreditations.DropIndex("DocType");
        CustomsAuthorities.DropIndex("Authority");
        Checkpoint.DropIndex("BlockNumber");
        Identity.DropIndex("ChainId");

        // Four possible values: the index cannot narrow a page of decisions, while the _id order with a filter
        // stops at the page's end; the decision index only cost every decision a B-tree insert.
        Decisions.DropIndex("Decision");

        // Every collection must exist before readers start: LiteDB 5 corrupts a reader's snapshot (and closes
        // the engine) when a writer creates a collection under it. An empty insert creates one without a document.
        foreach (var name in EventCollections.Concat([RawBlocksName, BlocksName, CheckpointName, IdentityName]))
        {
            if (!_database.CollectionExists(name))
            {
                Documents(name).Insert(Array.Empty<BsonDocument>());
            }
        }
    }
}
