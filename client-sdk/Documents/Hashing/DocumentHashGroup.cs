using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// The document hashes (FORMAT.md §3) of several documents at once. A document's ~57 leaf hashes make a
/// ~14-block message, so hashing documents one at a time costs ~14 sequential permutations each; here each
/// document's leaf hashes go into a slot (<see cref="Reserve"/>, <see cref="Commit"/>), and <see cref="Combine"/>
/// sorts every slot and hashes the documents as many at once as the vectors hold (eight with AVX-512), grouped
/// by length so that a group's permutations serve all its lanes. Not thread-safe: one per worker.
/// </summary>
internal sealed class DocumentHashGroup
{
    private readonly KeccakLaneWidth _width;
    private readonly List<int> _lengths = [];
    // Room for a worker's block of 16 documents of up to 128 leaves (a certificate has ~57); grown when needed.
    private byte[] _leafHashes = new byte[16 * 128 * Hash32.Size];

    // Sorting scratch, kept: renting it per document from the shared pool costs a thread-local lookup each time.
    private DocumentHashCombiner.SortKey[] _sortKeys = new DocumentHashCombiner.SortKey[128];
    private ulong[] _sortWords = new ulong[128];
    private int _used;
    private int _reserved;

    /// <summary>Creates a group that hashes as many documents at once as this machine's vectors hold.</summary>
    public DocumentHashGroup()
        : this(Keccak256Lanes.Widest)
    {
    }

    /// <summary>Creates a group of a given width (tests run every width on any machine).</summary>
    internal DocumentHashGroup(KeccakLaneWidth width) => _width = width;

    /// <summary>Documents committed and not yet combined.</summary>
    public int Count => _lengths.Count;

    /// <summary>
    /// Room for the leaf hashes of a document of <paramref name="leafCount"/> leaves, after the committed ones; it
    /// becomes the next document's slot at <see cref="Commit"/>, and is reused by the next reservation otherwise.
    /// </summary>
    public Memory<byte> Reserve(int leafCount)
    {
        _reserved = leafCount * Hash32.Size;
        if (_used + _reserved > _leafHashes.Length)
        {
            Array.Resize(ref _leafHashes, Math.Max(_leafHashes.Length * 2, _used + _reserved));
        }

        return _leafHashes.AsMemory(_used, _reserved);
    }

    /// <summary>Keeps the reserved slot, filled, as the next document's leaf hashes.</summary>
    public void Commit()
    {
        _lengths.Add(_reserved);
        _used += _reserved;
        _reserved = 0;
    }

    /// <summary>
    /// Writes the document hash of each committed document into <paramref name="documentHashes"/> (in commit order),
    /// then empties the group. The slots are sorted in place.
    /// </summary>
    public void Combine(Span<Hash32> documentHashes)
    {
        var count = _lengths.Count;
        if (documentHashes.Length < count)
        {
            throw new ArgumentException($"{count} documents need {count} hashes", nameof(documentHashes));
        }

        Span<int> starts = count <= 64 ? stackalloc int[count] : new int[count];
        Span<int> order = count <= 64 ? stackalloc int[count] : new int[count];
        var start = 0;
        for (var d = 0; d < count; d++)
        {
            starts[d] = start;
            order[d] = d;
            if (_sortKeys.Length < _lengths[d] / Hash32.Size)
            {
                _sortKeys = new DocumentHashCombiner.SortKey[_lengths[d] / Hash32.Size];
                _sortWords = new ulong[_lengths[d] / Hash32.Size];
            }

            DocumentHashCombiner.Sort(_leafHashes.AsSpan(start, _lengths[d]), _sortKeys, _sortWords);
            start += _lengths[d];
        }

        // Shortest first, so each group of lanes holds documents of about as many blocks (an insertion sort: a
        // worker's group is a dozen or so documents).
        for (var d = 1; d < count; d++)
        {
            var document = order[d];
            var at = d;
            for (; at > 0 && _lengths[order[at - 1]] > _lengths[document]; at--)
            {
                order[at] = order[at - 1];
            }

            order[at] = document;
        }

        var width = (int)_width;
        Span<int> groupStarts = stackalloc int[width];
        Span<int> groupLengths = stackalloc int[width];
        Span<byte> digests = stackalloc byte[width * Hash32.Size];
        for (var first = 0; first < count; first += width)
        {
            var size = Math.Min(width, count - first);
            for (var k = 0; k < size; k++)
            {
                groupStarts[k] = starts[order[first + k]];
                groupLengths[k] = _lengths[order[first + k]];
            }

            Keccak256Lanes.HashMessages(_width, _leafHashes, groupStarts[..size], groupLengths[..size], digests);
            for (var k = 0; k < size; k++)
            {
                documentHashes[order[first + k]] = new Hash32(digests.Slice(k * Hash32.Size, Hash32.Size));
            }
        }

        _lengths.Clear();
        _used = 0;
    }
}
