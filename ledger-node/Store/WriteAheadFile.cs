namespace ProvenanceLedger.Node.Store;

/// <summary>
/// One of the two files LiteDB keeps (the data file, or its write-ahead log), given to LiteDB as a stream so the
/// ledger decides when the disk is synced. LiteDB's own file streams fsync the log every time its background
/// writer's queue runs dry, which during a commit is every page or two: 31,000 fsyncs for 120,000 events, most of
/// the write path's wall time. Here the log is synced once per commit, just before the page that confirms the
/// transaction, and once before a checkpoint overwrites data pages; the data file once at the end of a
/// checkpoint, before LiteDB empties the log.
/// </summary>
/// <remarks>
/// What survives what. A process that dies (kill -9) loses nothing the operating system was given: every page
/// LiteDB wrote is in the page cache, and LiteDB's recovery keeps exactly the transactions whose last page (the
/// confirmation) is in the log, so a range is there whole, with its checkpoint, or not at all. (LiteDB's commit returns
/// before its writer thread has handed the pages over; a kill in that instant drops the transaction whole, and the
/// indexer reads its range again from the chain.) A machine that loses power can lose the last commits, never part
/// of one: a confirmation reaches the log only after the transaction's other pages are on disk, the log is on disk
/// before any data page is overwritten, and the data file is on disk before the log is emptied.
/// </remarks>
internal sealed class WriteAheadFile : Stream
{
    // LiteDB 5's page layout: 8 KB pages, and the byte that marks the last page of a committed transaction.
    private const int PageSize = 8192;
    private const int IsConfirmedOffset = 18;

    private readonly FileStream _file;
    private readonly WriteAheadFile? _log;
    private bool _logSynced;
    private int _syncs;

    private WriteAheadFile(FileStream file, WriteAheadFile? log)
    {
        _file = file;
        _log = log;
    }

    /// <summary>Opens (or creates) LiteDB's log for the data file at <paramref name="dataPath"/>, named as LiteDB names it.</summary>
    public static WriteAheadFile OpenLog(string dataPath) => new(Open(LogPathOf(dataPath)), null);

    /// <summary>Opens (or creates) the data file at <paramref name="path"/>; its writes go to disk only after <paramref name="log"/>'s.</summary>
    public static WriteAheadFile OpenData(string path, WriteAheadFile log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new(Open(path), log);
    }

    /// <summary>LiteDB's name for the log of <paramref name="dataPath"/> (ledger.db → ledger-log.db).</summary>
    public static string LogPathOf(string dataPath) => Path.ChangeExtension(dataPath, null) + "-log" + Path.GetExtension(dataPath);

    /// <summary>How many times this file was synced to disk (tests).</summary>
    internal int Syncs => Volatile.Read(ref _syncs);

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    /// <summary>
    /// LiteDB's "flush to disk". The log: handed to the operating system only (it reaches the disk before the next
    /// checkpoint's first data write). The data file: synced, because LiteDB empties the log right after.
    /// </summary>
    public override void Flush()
    {
        if (_log is null)
        {
            _file.Flush(flushToDisk: false);
            return;
        }

        Sync();
        _logSynced = false;
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (_log is null)
        {
            // A transaction's confirming page goes to the log only once its other pages are on disk: after a power
            // cut, recovery then never finds a confirmed transaction with pages missing.
            if (count == PageSize && buffer[offset + IsConfirmedOffset] != 0)
            {
                Sync();
            }
        }
        else if (!_logSynced)
        {
            // The first data write of a checkpoint: the pages it copies must be on disk in the log first, so a power
            // cut halfway through the copy can replay the log instead of leaving a data file half old, half new.
            _log.Sync();
            _logSynced = true;
        }

        _file.Write(buffer, offset, count);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    // As LiteDB opens its own writer: other processes may read the file but not write it. No buffer in this
    // process (LiteDB caches pages itself): a page is the operating system's as soon as Write returns.
    private static FileStream Open(string path) =>
        new(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);

    // LiteDB's writer thread syncs the log at commits, the checkpointing thread before a checkpoint.
    private void Sync()
    {
        _file.Flush(flushToDisk: true);
        Interlocked.Increment(ref _syncs);
    }
}
