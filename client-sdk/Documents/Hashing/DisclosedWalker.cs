using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Recomputes a disclosed document's hash (FORMAT.md §3, "Verifying") in one <see cref="Utf8JsonReader"/> pass over
/// its UTF-8 text, with the issue walk's parts: the pointer kept in one buffer (<see cref="LeafPointerTracker"/>),
/// pointer strings and hashes from the cache, each leaf canonicalised from its raw token and queued for the
/// multi-buffer Keccak (<see cref="LeafHasher"/>). No node tree, and no string per leaf. It vouches for a well-formed
/// disclosed document only: at anything else (a '$' name that is not a well-formed marker, a missing or unused
/// salt, a value with no canonical form) it says so, and the caller asks <see cref="DocumentFlattener"/>'s tree
/// walk, whose messages name the problem. Not thread-safe: one per hasher.
/// </summary>
internal sealed class DisclosedWalker
{
    private readonly LeafHasher _leafHasher;
    private readonly LeafPointerTracker _pointer = new();

    // The document being walked: its salts, and where its disclosed leaves' pointers and hashes go.
    private IReadOnlyDictionary<string, Salt> _salts = EmptySalts;
    private string[] _pointers = [];
    private byte[] _leafHashes = [];
    private int _next;
    private bool _saltsOutOfOrder;
    private List<Hash32> _redacted = [];
    private List<FlatLeaf>? _leaves;

    public DisclosedWalker(LeafHasher leafHasher) => _leafHasher = leafHasher;

    private static IReadOnlyDictionary<string, Salt> EmptySalts { get; } = new Dictionary<string, Salt>();

    /// <summary>
    /// The leaves and hash of <paramref name="document"/> (a JSON object's UTF-8 text without repeated member names)
    /// with <paramref name="salts"/>, listing every leaf with its value when <paramref name="listLeaves"/>; null when
    /// the walk cannot vouch for the document (see the class summary).
    /// </summary>
    public RecomputedLeaves? TryRecompute(ReadOnlySpan<byte> document, IReadOnlyDictionary<string, Salt> salts, bool listLeaves)
    {
        _salts = salts;
        _pointers = new string[salts.Count];
        _leafHashes = new byte[salts.Count * Hash32.Size];
        _next = 0;
        _saltsOutOfOrder = false;
        _redacted = [];
        _leaves = listLeaves ? new List<FlatLeaf>(salts.Count) : null;
        bool vouched;
        try
        {
            // Salts met in their own order cannot repeat a pointer; found out of order, one might (a repeated member
            // name the walk cannot see, in an object nobody checked): then every pointer must be distinct.
            vouched = Walk(document) && _next == _pointers.Length
                && (!_saltsOutOfOrder || new HashSet<string>(_pointers, StringComparer.Ordinal).Count == _next);
        }
        catch (Exception e) when (e is JsonException or CanonicalJsonException)
        {
            // Malformed text, a value or member name with no canonical form (a lone surrogate, invalid UTF-8, a number
            // out of range): the tree walk says which and where.
            vouched = false;
        }
        finally
        {
            // Also when the walk gave up: what is queued goes to this document's hashes, not into the next one's.
            _leafHasher.Flush();
        }

        var result = vouched ? new RecomputedLeaves(_pointers, _leafHashes, _redacted, DocumentHashCombiner.Combine(_leafHashes, _redacted), _leaves) : null;
        _salts = EmptySalts;
        _pointers = [];
        _leafHashes = [];
        _redacted = [];
        _leaves = null;
        return result;
    }

    private bool Walk(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = CompactJson.MaxDepth });
        _pointer.Reset();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        // An empty document has no leaves (FORMAT.md §3): refused, by the tree walk.
        var peek = reader;
        if (!peek.Read() || peek.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        _pointer.StartContainer(isArray: false);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && StartsWithDollar(ref reader))
            {
                // Only a marker's one member may start with '$'.
                if (!_pointer.ContainerIsEmpty || !Marker(ref reader))
                {
                    return false;
                }
            }
            else if (_pointer.Advance(ref reader) && !Leaf(ref reader))
            {
                return false;
            }
        }

        return true;
    }

    // An escaped name with no text (a lone surrogate) is left to the pointer tracker, which refuses it.
    private static bool StartsWithDollar(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped
            ? JsonStringToken.TryGetString(ref reader, out var name) && name.StartsWith('$')
            : reader.ValueSpan is [(byte)'$', ..];

    // The reader is at a member name starting with '$', the first of its object: reads the whole marker (its end
    // included) when it is a well-formed one, {"$redacted": [leafHash, …]}, and keeps its hashes.
    private bool Marker(ref Utf8JsonReader reader)
    {
        if (!reader.ValueTextEquals(RedactionMarker.MemberNameUtf8) || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var first = _redacted.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueIsEscaped || !JsonStringToken.TryGetString(ref reader, out var hex) || !Hash32.TryParse(hex, out var hash))
            {
                return false;
            }

            _redacted.Add(hash);
        }

        if (reader.TokenType != JsonTokenType.EndArray || _redacted.Count == first
            || !reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        _pointer.EndContainer();
        if (_leaves is not null)
        {
            _leaves.Add(new FlatLeaf(_pointer.Pointer.ToString(), null, _redacted.GetRange(first, _redacted.Count - first)));
        }

        return true;
    }

    // The leaf is the reader's token: a scalar, or the end of an empty object or array.
    private bool Leaf(ref Utf8JsonReader value)
    {
        var (pointer, pointerHash) = _leafHasher.Pointers.Get(_pointer.Pointer);
        if (_next == _pointers.Length || !SaltOf(pointer, out var salt))
        {
            return false;
        }

        _pointers[_next] = pointer;
        _leafHasher.Queue(salt.Bytes, pointerHash, ref value, pointer, _leafHashes.AsMemory(_next * Hash32.Size, Hash32.Size));
        _next++;
        _leaves?.Add(new FlatLeaf(pointer, ValueOf(ref value), null));
        return true;
    }

    // A bundle's salts are in document order, so the next leaf's salt is usually the next one.
    private bool SaltOf(string pointer, out Salt salt)
    {
        if (_salts is LeafSalts ordered && ordered.TryGetValueAt(_next, pointer, out salt))
        {
            return true;
        }

        _saltsOutOfOrder = true;
        return _salts.TryGetValue(pointer, out salt);
    }

    // The leaf's value as its own node, as the tree walk's value would be written: a number keeps its text. A string
    // here has its text: the leaf hasher refused one without (CanonicalJsonException).
    private static JsonNode? ValueOf(ref Utf8JsonReader value) => value.TokenType switch
    {
        JsonTokenType.String => JsonValue.Create(value.GetString()),
        JsonTokenType.Number => JsonNode.Parse(value.ValueSpan),
        JsonTokenType.True => JsonValue.Create(true),
        JsonTokenType.False => JsonValue.Create(false),
        JsonTokenType.EndObject => new JsonObject(),
        JsonTokenType.EndArray => new JsonArray(),
        _ => null,
    };
}
