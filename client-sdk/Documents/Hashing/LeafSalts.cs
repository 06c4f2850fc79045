using System.Diagnostics.CodeAnalysis;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Pointer → salt of an issued document, in document order, kept as two arrays (the pointers, whose strings are
/// shared with the batch's other documents through the walker's pointer cache, and the salts' bytes end to end)
/// instead of one dictionary entry and one salt array per leaf. Lookups by pointer build an index on first use.
/// Immutable once made.
/// </summary>
internal sealed class LeafSalts : IReadOnlyDictionary<string, Salt>
{
    private readonly string[] _pointers;
    private readonly byte[] _salts;
    private Dictionary<string, int>? _index;

    /// <summary>Takes both arrays: salt <c>i</c> is bytes [32·i, 32·i + 32) of <paramref name="salts"/>.</summary>
    public LeafSalts(string[] pointers, byte[] salts)
    {
        if (salts.Length != pointers.Length * Salt.Size)
        {
            throw new ArgumentException($"{pointers.Length} pointers need {pointers.Length * Salt.Size} salt bytes, got {salts.Length}", nameof(salts));
        }

        _pointers = pointers;
        _salts = salts;
    }

    public int Count => _pointers.Length;

    // Documents of one shape share the pointer array (PointerShapes): callers get a read-only view of it, never the array.
    public IEnumerable<string> Keys => Array.AsReadOnly(_pointers);

    public IEnumerable<Salt> Values => Enumerable.Range(0, _pointers.Length).Select(SaltAt);

    public Salt this[string key] => TryGetValue(key, out var salt) ? salt : throw new KeyNotFoundException($"no salt for '{key}'");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Salt value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? SaltAt(index) : default;
        return index >= 0;
    }

    /// <summary>
    /// The salt of <paramref name="key"/> when it is the <paramref name="index"/>th pointer, as it is when the leaves
    /// are looked up in document order (a walk over the document they salt), with no index built.
    /// </summary>
    public bool TryGetValueAt(int index, string key, out Salt value)
    {
        var found = (uint)index < (uint)_pointers.Length && string.Equals(_pointers[index], key, StringComparison.Ordinal);
        value = found ? SaltAt(index) : default;
        return found;
    }

    public IEnumerator<KeyValuePair<string, Salt>> GetEnumerator()
    {
        for (var i = 0; i < _pointers.Length; i++)
        {
            yield return new KeyValuePair<string, Salt>(_pointers[i], SaltAt(i));
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Salt SaltAt(int index) => Salt.Share(_salts.AsMemory(index * Salt.Size, Salt.Size));

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // Two threads may build the index at once; both build the same one, and either may stay.
        var index = _index ??= BuildIndex();
        return index.TryGetValue(key, out var i) ? i : -1;
    }

    private Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(_pointers.Length, StringComparer.Ordinal);
        for (var i = 0; i < _pointers.Length; i++)
        {
            index.Add(_pointers[i], i);
        }

        return index;
    }
}
