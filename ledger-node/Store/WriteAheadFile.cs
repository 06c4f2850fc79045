namespace ProvenanceLedger.Node.Store;

/// <summary>
/// One of the two files LiteDB keeps (the data file, or its write-ahead log), given to LiteDB as a stream so the
/// ledger decides when the disk is synced. LiteDB's own file streams fsync the log every time its background
/// writer's queue runs dry, which during a commit is every page or two: 31,000 fsyncs for 120,000 events, most of
/// the write path's wall time. Here the log is synced once before each checkpoint overwrites data pages (the
/// write-ahead rule), and the data file once at the end of each checkpoint, before LiteDB empties the log.
/// </summary>
/// <remarks>
/// What survives what. A process that dies (kill -9) loses nothing the operating system was given: every page
/// LiteDB wrote is in the page cache, and LiteDB's recovery keeps exactly the transactions whose last page (the
/// confirmation) is in the log, so a range is there whole, with its checkpoint, or not at all. (LiteDB's commit returns
/// before its writer thread has handed the pages over; a kill in that instant drops the transaction whole, and the
/// indexer reads its range again from the chain.) A machine that loses
/// power keeps everything up to the last checkpoint: the log is on disk before any data page is overwritten, and
/// the data file is on disk before the log is emptied.
/// </remarks>
internal sealed class WriteAheadFile : Stream
{
    private readonly FileStream _file;
    private readonly WriteAheadFile? _log;
    private bool _logSynced;

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

        _file.Flush(flushToDisk: true);
        _logSynced = false;
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value) => _file.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count)
    {
        // The first data write of a checkpoint: the pages it copies must be on disk in the log first, so a power
        // cut halfway through the copy can replay the log instead of leaving a data file half old, half new.
        if (_log is not null && !_logSynced)
        {
            _log._file.Flush(flushToDisk: true);
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
}
