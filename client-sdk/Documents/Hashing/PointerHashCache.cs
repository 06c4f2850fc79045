using System.Text;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// keccak256(utf8(pointer)) of every pointer seen so far, with the pointer's one shared string. Documents of a
/// batch share their pointers, so after the first document a leaf's pointer is looked up from the characters
/// the walk has in its buffer, without a new string or a new hash; and since they share their order too, the pointer
/// that followed the last one asked for is tried before the table. Not thread-safe: one per worker. Bounded: a
/// long-lived verifier meets every uploaded bundle's pointers, so past <see cref="MaxEntries"/> it starts again.
/// </summary>
internal sealed class PointerHashCache
{
    // Far above the pointers of any real batch (a certificate of origin has ~40-60 leaves).
    internal const int MaxEntries = 16_384;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    // The entry last asked for: its successor is the likeliest next pointer (the next leaf of the same shape).
    private Entry? _last;

    public PointerHashCache() => _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cached string and hash of <paramref name="pointer"/>, added on first sight.</summary>
    public (string Pointer, byte[] Hash) Get(ReadOnlySpan<char> pointer)
    {
        var entry = _last?.Next;
        if (entry is null || !pointer.SequenceEqual(entry.Pointer))
        {
            if (!_bySpan.TryGetValue(pointer, out _, out entry))
            {
                entry = Add(pointer.ToString());
            }

            if (_last is not null)
            {
                _last.Next = entry;
            }
        }

        _last = entry;
        return (entry.Pointer, entry.Hash);
    }

    /// <summary>The cached hash of <paramref name="pointer"/>, added on first sight.</summary>
    public byte[] Get(string pointer) => (_entries.TryGetValue(pointer, out var entry) ? entry : Add(pointer)).Hash;

    private Entry Add(string pointer)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
            _last = null;
        }

        var entry = new Entry(pointer, Compute(pointer));
        _entries.Add(pointer, entry);
        return entry;
    }

    private static byte[] Compute(string pointer)
    {
        var hash = new byte[Keccak256.Size];
        Keccak256.Hash(Encoding.UTF8.GetBytes(pointer), hash);
        return hash;
    }

    // A pointer, its hash, and the pointer asked for right after it the last time.
    private sealed class Entry(string pointer, byte[] hash)
    {
        public string Pointer { get; } = pointer;

        public byte[] Hash { get; } = hash;

        public Entry? Next { get; set; }
    }
}
