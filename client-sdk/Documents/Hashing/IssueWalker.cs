using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Hashes a document at issue in one walk (FORMAT.md §2–3): the pointer grows and shrinks in one character
/// buffer, each leaf's pointer string and pointer hash come from the cache, and each leaf hash is written
/// into one array of leaf hashes laid end to end. Leaves are visited in the same order as
/// <see cref="DocumentFlattener"/>. Not thread-safe: one per worker.
/// </summary>
internal sealed class IssueWalker
{
    private readonly LeafHasher _leafHasher;
    private char[] _pointer = new char[128];
    private int _length;

    // The document being hashed: its salts, and where its leaves' pointers and hashes go.
    private byte[] _salts = [];
    private string[] _leafPointers = [];
    private byte[] _leafHashes = [];
    private int _next;

    public IssueWalker(LeafHasher leafHasher) => _leafHasher = leafHasher;

    /// <summary>How many leaves (and so salts) <paramref name="document"/> has; refuses '$' member names.</summary>
    /// <exception cref="DocumentHashingException">A member name starts with '$', or the document is empty.</exception>
    public static int CountLeaves(JsonObject document)
    {
        if (document.Count == 0)
        {
            throw new DocumentHashingException("the document is empty; a document needs at least one member", "");
        }

        return Count(document);
    }

    /// <summary>Hashes <paramref name="document"/> with <paramref name="salts"/> (32 bytes per leaf, in leaf order; kept, not copied).</summary>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form.</exception>
    public HashedDocument Issue(JsonObject document, byte[] salts)
    {
        var count = salts.Length / Salt.Size;
        _salts = salts;
        _leafPointers = new string[count];
        _leafHashes = new byte[count * Hash32.Size];
        _next = 0;
        _length = 0;
        Walk(document);
        _leafHasher.Flush();
        if (_next != count)
        {
            throw new InvalidOperationException($"the document has {_next} leaves but {count} salts were drawn; it changed while being issued");
        }

        var pointers = _leafPointers;
        var leafHashes = _leafHashes;
        _salts = [];
        _leafPointers = [];
        _leafHashes = [];
        return new HashedDocument(document, new LeafSalts(pointers, salts), pointers, leafHashes, Combine(leafHashes));
    }

    private static Hash32 Combine(byte[] leafHashes)
    {
        // Sorting happens in place, and the leaf hashes stay in document order for DisclosedLeaves.
        var scratch = ArrayPool<byte>.Shared.Rent(leafHashes.Length);
        try
        {
            var sorted = scratch.AsSpan(0, leafHashes.Length);
            leafHashes.CopyTo(sorted);
            return DocumentHashCombiner.SortAndCombine(sorted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Count(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                var leaves = 0;
                foreach (var (name, child) in obj)
                {
                    if (name.StartsWith('$'))
                    {
                        var pointer = JsonPointer.Append(JsonPointer.Of(obj), name);
                        throw new DocumentHashingException(
                            $"member name '{name}' at '{pointer}' starts with '$', which is reserved for redaction markers; rename it", pointer);
                    }

                    leaves += Count(child);
                }

                return leaves;
            case JsonArray array when array.Count > 0:
                var items = 0;
                for (var i = 0; i < array.Count; i++)
                {
                    items += Count(array[i]);
                }

                return items;
            default:
                return 1;
        }
    }

    // Once per node of every document: fully optimised from the first call, so the first batch a process
    // issues does not run tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Walk(JsonNode? node)
    {
        var mark = _length;
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (name, child) in obj)
                {
                    _length = mark;
                    AppendName(name);
                    Walk(child);
                }

                break;
            case JsonArray array when array.Count > 0:
                for (var i = 0; i < array.Count; i++)
                {
                    _length = mark;
                    AppendIndex(i);
                    Walk(array[i]);
                }

                break;
            default:
                Leaf(node);
                break;
        }

        _length = mark;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Leaf(JsonNode? value)
    {
        if (_next == _leafPointers.Length)
        {
            throw new InvalidOperationException($"the document has more leaves than the {_next} salts drawn; it changed while being issued");
        }

        var (pointer, pointerHash) = _leafHasher.Pointers.Get(_pointer.AsSpan(0, _length));
        _leafPointers[_next] = pointer;
        _leafHasher.Queue(
            _salts.AsSpan(_next * Salt.Size, Salt.Size), pointerHash, value, _leafHashes.AsMemory(_next * Hash32.Size, Hash32.Size));
        _next++;
    }

    // RFC 6901: '/' then the name with '~' written as "~0" and '/' as "~1".
    private void AppendName(string name)
    {
        Reserve(1 + (2 * name.Length));
        _pointer[_length++] = '/';
        foreach (var c in name)
        {
            switch (c)
            {
                case '~':
                    _pointer[_length++] = '~';
                    _pointer[_length++] = '0';
                    break;
                case '/':
                    _pointer[_length++] = '~';
                    _pointer[_length++] = '1';
                    break;
                default:
                    _pointer[_length++] = c;
                    break;
            }
        }
    }

    private void AppendIndex(int index)
    {
        Reserve(12);
        _pointer[_length++] = '/';
        index.TryFormat(_pointer.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
    }

    private void Reserve(int more)
    {
        if (_length + more > _pointer.Length)
        {
            Array.Resize(ref _pointer, Math.Max(_pointer.Length * 2, _length + more));
        }
    }
}
