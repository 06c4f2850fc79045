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

    // LiteDB 5 can hand a reader a page another thread is rewriting inside a transaction ("page type must be
    // collection page"), so reads share this lock and a transaction holds it alone.
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.SupportsRecursion);

    private LedgerDatabase(LiteDatabase database)
    {
        _database = database;
        RawLogs = database.GetCollection<RawLogRecord>("raw_logs");
        Blocks = database.GetCollection<BlockRecord>("blocks");
        Batches = database.GetCollection<BatchAnchoredRecord>("batches");
        Revocations = database.GetCollection<RevocationRecord>("revocations");
        Supersessions = database.GetCollection<SupersessionRecord>("supersessions");
        Decisions = database.GetCollection<DecisionRecordedRecord>("decisions");
        Accreditations = database.GetCollection<AccreditationEventRecord>("accreditations");
        CustomsAuthorities = database.GetCollection<CustomsAuthorityRecord>("customs_authorities");
        Checkpoint = database.GetCollection<CheckpointRecord>("checkpoint");
        Identity = database.GetCollection<IdentityRecord>("identity");
        EnsureIndexes();
    }

    public ILiteCollection<RawLogRecord> RawLogs { get; }

    public ILiteCollection<BlockRecord> Blocks { get; }

    public ILiteCollection<BatchAnchoredRecord> Batches { get; }

    public ILiteCollection<RevocationRecord> Revocations { get; }

    public ILiteCollection<SupersessionRecord> Supersessions { get; }

    public ILiteCollection<DecisionRecordedRecord> Decisions { get; }

    public ILiteCollection<AccreditationEventRecord> Accreditations { get; }

    public ILiteCollection<CustomsAuthorityRecord> CustomsAuthorities { get; }

    public ILiteCollection<CheckpointRecord> Checkpoint { get; }

    public ILiteCollection<IdentityRecord> Identity { get; }

    /// <summary>The file this database lives in (null in memory).</summary>
    public string? FilePath { get; private init; }

    /// <summary>Opens (or creates) the index file.</summary>
    public static LedgerDatabase OpenFile(string path)
    {
        var connection = new ConnectionString { Filename = path, Connection = ConnectionType.Direct };
        return new LedgerDatabase(new LiteDatabase(connection, CreateMapper())) { FilePath = path };
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

    /// <summary>Forces committed pages from the log into the data file (LiteDB checkpoint).</summary>
    public void Flush() => _database.Checkpoint();

    public void Dispose()
    {
        _database.Dispose();
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
    private void EnsureIndexes()
    {
        Blocks.EnsureIndex("Timestamp", "$.Timestamp");
        Batches.EnsureIndex("Root", "$.Root", true);
        Batches.EnsureIndex("Issuer", "$.Issuer");
        Batches.EnsureIndex("DocType", "$.DocType");
        Revocations.EnsureIndex("Target", "$.Target");
        Revocations.EnsureIndex("Root", "$.Root");
        Supersessions.EnsureIndex("OldHash", "$.OldHash");
        Supersessions.EnsureIndex("NewHash", "$.NewHash");
        Decisions.EnsureIndex("DocHash", "$.DocHash");
        Decisions.EnsureIndex("Authority", "$.Authority");
        Decisions.EnsureIndex("Country", "$.Country");
        Decisions.EnsureIndex("Decision", "$.Decision");
        Accreditations.EnsureIndex("Issuer", "$.Issuer");
        Accreditations.EnsureIndex("DocType", "$.DocType");
        CustomsAuthorities.EnsureIndex("Authority", "$.Authority");
        // Every collection must exist before readers start: LiteDB 5 corrupts a reader's snapshot (and closes
        // the engine) when a writer creates a collection under it, which the first checkpoint/identity write did.
        Checkpoint.EnsureIndex("BlockNumber", "$.BlockNumber");
        Identity.EnsureIndex("ChainId", "$.ChainId");
    }
}
