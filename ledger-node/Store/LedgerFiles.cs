namespace ProvenanceLedger.Node.Store;

/// <summary>
/// The index files in the data directory. A small pointer file names the one being served, replaced
/// atomically (write then rename) when a replay swaps in a rebuilt file.
/// </summary>
internal sealed class LedgerFiles(string dataDirectory)
{
    private const string PointerName = "CURRENT";
    private const string DefaultName = "ledger.db";

    public string Directory { get; } = Path.GetFullPath(dataDirectory);

    /// <summary>The file to serve: the one the pointer names, or ledger.db.</summary>
    public string CurrentPath()
    {
        var pointer = Path.Combine(Directory, PointerName);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : DefaultName;
        return Path.Combine(Directory, name.Length == 0 ? DefaultName : name);
    }

    /// <summary>A new file name for a replay.</summary>
    public string NewReplayPath(DateTimeOffset now) => Path.Combine(Directory, $"ledger-{now.UtcDateTime:yyyyMMddHHmmssfff}.db");

    /// <summary>Points at <paramref name="path"/> from now on (survives restarts).</summary>
    public void Promote(string path)
    {
        var pointer = Path.Combine(Directory, PointerName);
        var temporary = pointer + ".tmp";
        File.WriteAllText(temporary, Path.GetFileName(path));
        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>Deletes an index file and its LiteDB log.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(WriteAheadFile.LogPathOf(path));
    }
}
