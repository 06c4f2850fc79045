namespace ProvenanceLedger.Node.Store;

/// <summary>
/// Holds the database the node currently serves. A replay builds a new file and swaps it in here: readers
/// that already took the old database finish on it, new reads go to the new one.
/// </summary>
internal sealed class LedgerStore : IDisposable
{
    private LedgerDatabase _current;

    public LedgerStore(LedgerDatabase database) => _current = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>The database to read or write now.</summary>
    public LedgerDatabase Current => Volatile.Read(ref _current);

    /// <summary>Serves <paramref name="next"/> from now on and returns the database it replaces (the caller disposes it).</summary>
    public LedgerDatabase Swap(LedgerDatabase next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref _current, next);
    }

    public void Dispose() => Current.Dispose();
}
