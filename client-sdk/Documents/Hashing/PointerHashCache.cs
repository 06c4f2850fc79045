using System.Runtime.CompilerServices;
using System.Text;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// keccak256(utf8(pointer)) of every pointer seen so far, with the pointer's one shared string. Documents of a
/// batch share their pointers, so after the first document a leaf's pointer is looked up from the characters
/// the walk has in its buffer, without a new string or a new hash. Not thread-safe: one per worker. Bounded: a
/// long-lived verifier meets every uploaded bundle's pointers, so past <see cref="MaxEntries"/> it starts again.
/// </summary>
internal sealed class PointerHashCache
{
    // Far above the pointers of any real batch (a certificate of origin has ~40-60 leaves).
    internal const int MaxEntries = 16_384;

    private readonly Dictionary<string, byte[]> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public PointerHashCache() => _bySpan = _hashes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cached string and hash of <paramref name="pointer"/>, added on first sight.</summary>
// Per leaf or per field of every document: fully optimised from the first call, so the first batch a process issues does not run tier-0 and instrumented code.
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (string Pointer, byte[] Hash) Get(ReadOnlySpan<char> pointer)
    {
        if (_bySpan.TryGetValue(pointer, out var shared, out var hash))
        {
            return (shared, hash);
        }

        shared = pointer.ToString();
        hash = Compute(shared);
        Add(shared, hash);
        return (shared, hash);
    }

    /// <summary>The cached hash of <paramref name="pointer"/>, added on first sight.</summary>
    public byte[] Get(string pointer)
    {
        if (!_hashes.TryGetValue(pointer, out var hash))
        {
            hash = Compute(pointer);
            Add(pointer, hash);
        }

        return hash;
    }

    private void Add(string pointer, byte[] hash)
    {
        if (_hashes.Count >= MaxEntries)
        {
            _hashes.Clear();
        }

        _hashes.Add(pointer, hash);
    }

    private static byte[] Compute(string pointer)
    {
        var hash = new byte[Keccak256.Size];
        Keccak256.Hash(Encoding.UTF8.GetBytes(pointer), hash);
        return hash;
    }
}
