using System.Globalization;
using System.Text.Json;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Hashes a document at issue in one walk (FORMAT.md §2–3): the pointer is kept in one buffer
/// (<see cref="LeafPointerTracker"/>, as in the verify walk), each leaf's pointer string and pointer hash come from
/// the cache, and each leaf hash is written into one array of leaf hashes laid end to end. It walks the document's
/// compact text in one <see cref="Utf8JsonReader"/> pass: member names are read from their raw UTF-8 and values are
/// canonicalised from their raw tokens, so a leaf costs no string of its own. Leaves are visited in the same order
/// as <see cref="DocumentFlattener"/>. Not thread-safe: one per worker.
/// </summary>
internal sealed class IssueWalker
{
    private readonly LeafHasher _leafHasher;
    private readonly LeafPointerTracker _pointer = new();

    // The document being hashed: its salts (one per leaf), and where its leaves' pointers (a buffer kept from one
    // document to the next, its first leaves' entries this document's) and hashes go.
    private byte[] _salts = [];
    private string[] _leafPointers = new string[64];
    private readonly PointerShapes _shapes = new();
    private Memory<byte> _leafHashes;
    private int _next;

    public IssueWalker(LeafHasher leafHasher) => _leafHasher = leafHasher;

    /// <summary>How many leaves (and so salts) <paramref name="document"/> (an object) has; refuses '$' member names.</summary>
    /// <exception cref="DocumentHashingException">A member name starts with '$', or the document is empty.</exception>
    public static int CountLeaves(JsonElement document)
    {
        if (document.GetPropertyCount() == 0)
        {
            throw DocumentHashingException.EmptyDocument();
        }

        var leaves = Count(document);
        if (leaves < 0)
        {
            var (name, pointer) = FirstReservedName(document, "")!.Value;
            throw DocumentHashingException.ReservedName(name, pointer);
        }

        return leaves;
    }

    /// <summary>
    /// Hashes <paramref name="document"/>, the compact text of a JSON object whose leaves were counted, with
    /// <paramref name="salts"/> (32 bytes per leaf, in leaf order; kept, not copied), keeping its leaf hashes (for
    /// <see cref="HashedDocument.DisclosedLeaves"/>).
    /// </summary>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form.</exception>
    public IssuedLeaves Issue(ReadOnlySpan<byte> document, byte[] salts)
    {
        var leafHashes = new byte[salts.Length / Salt.Size * Hash32.Size];
        var pointers = HashLeaves(document, salts, leafHashes);
        // The combiner sorts a copy, so the leaf hashes stay in document order for DisclosedLeaves.
        return new IssuedLeaves(new LeafSalts(pointers, salts), pointers, leafHashes, DocumentHashCombiner.Combine(leafHashes, []));
    }

    /// <summary>
    /// Hashes the leaves of <paramref name="document"/> (as <see cref="Issue"/>) into <paramref name="leafHashes"/>
    /// (32 bytes per leaf, in leaf order) and returns their pointers (read only: an array shared with earlier documents
    /// of the same shape, <see cref="PointerShapes"/>); the document hash is left to the caller, which may combine
    /// several documents at once (<see cref="DocumentHashGroup"/>).
    /// </summary>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form.</exception>
    public string[] HashLeaves(ReadOnlySpan<byte> document, byte[] salts, Memory<byte> leafHashes)
    {
        var count = salts.Length / Salt.Size;
        if (leafHashes.Length != count * Hash32.Size)
        {
            throw new ArgumentException($"{count} leaves need {count * Hash32.Size} bytes of leaf hashes, got {leafHashes.Length}", nameof(leafHashes));
        }

        _salts = salts;
        if (_leafPointers.Length < count)
        {
            _leafPointers = new string[count];
        }

        _leafHashes = leafHashes;
        _next = 0;
        try
        {
            Walk(document);
        }
        finally
        {
            // Also when a leaf was refused: what is queued goes to this document's hashes, not into the next one's,
            // and the walker keeps neither this document's salts nor its slot of leaf hashes.
            _leafHasher.Flush();
            _salts = [];
            _leafHashes = default;
        }

        if (_next != count)
        {
            throw new InvalidOperationException($"the document has {_next} leaves but {count} salts were drawn; salts are drawn for the leaves counted in the same text");
        }

        return _shapes.Share(_leafPointers.AsSpan(0, count));
    }

    // The number of leaves, or -1 at the first '$' name (whose pointer is then looked for, on that failure alone).
    private static int Count(JsonElement node)
    {
        var leaves = 0;
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (JsonFieldReader.StartsWithDollar(member))
                    {
                        return -1;
                    }

                    var inner = Count(member.Value);
                    if (inner < 0)
                    {
                        return -1;
                    }

                    leaves += inner;
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    var inner = Count(item);
                    if (inner < 0)
                    {
                        return -1;
                    }

                    leaves += inner;
                }

                break;
        }

        // An empty object or array is a leaf of its own.
        return leaves == 0 ? 1 : leaves;
    }

    // The first '$' member name in document order, and its pointer, or null.
    private static (string Name, string Pointer)? FirstReservedName(JsonElement node, string pointer)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (member.Name.StartsWith('$'))
                    {
                        return (member.Name, JsonPointer.Append(pointer, member.Name));
                    }

                    if (FirstReservedName(member.Value, JsonPointer.Append(pointer, member.Name)) is { } found)
                    {
                        return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in node.EnumerateArray())
                {
                    if (FirstReservedName(item, JsonPointer.Append(pointer, index++.ToString(CultureInfo.InvariantCulture))) is { } found)
                    {
                        return found;
                    }
                }

                break;
        }

        return null;
    }

    private void Walk(ReadOnlySpan<byte> document)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = CompactJson.MaxDepth });
        _pointer.Reset();
        while (reader.Read())
        {
            if (_pointer.Advance(ref reader))
            {
                Leaf(ref reader);
            }
        }
    }

    // The leaf is the reader's token: a scalar, or the end of an empty object or array.
    private void Leaf(ref Utf8JsonReader value)
    {
        if (_next == _salts.Length / Salt.Size)
        {
            throw new InvalidOperationException($"the document has more leaves than the {_next} salts drawn; salts are drawn for the leaves counted in the same text");
        }

        var (pointer, pointerHash) = _leafHasher.Pointers.Get(_pointer.Pointer);
        _leafPointers[_next] = pointer;
        _leafHasher.Queue(
            _salts.AsSpan(_next * Salt.Size, Salt.Size), pointerHash, ref value, pointer, _leafHashes.Slice(_next * Hash32.Size, Hash32.Size));
        _next++;
    }
}
