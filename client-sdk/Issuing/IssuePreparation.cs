using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The chain-free, per-document half of issuing, on every core. Each document is written once as compact UTF-8
/// JSON (the text its bundle keeps), parsed once into a pooled <see cref="JsonDocument"/> to be validated and its
/// leaves counted, then salted and its leaves hashed in one reader pass over the same text: no tree of nodes per
/// document. Workers take blocks of documents, and the document hashes of a block are combined together, several
/// in the lanes of one vector (<see cref="DocumentHashGroup"/>). Errors surface as one loop over the documents would raise them, before anything is anchored: a refusal (another issuer, an invalid document)
/// first, in document order; then a document that cannot be hashed, in batch order.
/// </summary>
internal sealed class IssuePreparation
{
    // Documents per hand-out to a worker: enough to amortise the hand-out, small enough to balance the cores.
    private const int DocumentsPerBlock = 16;

    private readonly IssueInput _input;
    private readonly byte[]?[] _utf8;
    private readonly int[] _leafCounts;
    private readonly Exception?[] _refusals;
    private readonly PreparedDocument[] _prepared;
    private readonly ExceptionDispatchInfo?[] _hashFailures;
    private readonly CancellationToken _cancellationToken;

    private IssuePreparation(IssueInput input, CancellationToken cancellationToken)
    {
        _input = input;
        _cancellationToken = cancellationToken;
        _utf8 = new byte[input.Count][];
        _leafCounts = new int[input.Count];
        _refusals = new Exception?[input.Count];
        _prepared = new PreparedDocument[input.Count];
        _hashFailures = new ExceptionDispatchInfo?[input.Count];
    }

    /// <summary>Validates and hashes every document; <paramref name="batches"/> (indices) give the order a seeded salt source is drawn in.</summary>
    /// <exception cref="IssuingException">A document names another issuer.</exception>
    /// <exception cref="DocumentValidationException">A document is invalid.</exception>
    /// <exception cref="DocumentHashingException">A document cannot be hashed.</exception>
    /// <exception cref="CanonicalJsonException">A value has no canonical form.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked before each document).</exception>
    public static IReadOnlyList<PreparedDocument> Run(
        IssueInput input, IReadOnlyList<IReadOnlyList<int>> batches, DocumentHasher hasher, int maxWorkers, CancellationToken cancellationToken)
    {
        var run = new IssuePreparation(input, cancellationToken);
        if (hasher.DrawsInAnyOrder)
        {
            // CSPRNG salts: whichever worker hashes a document draws its salts, in the same pass.
            OrderedParallel.For(run.Blocks, 1, maxWorkers, static () => new Worker(), (worker, block) =>
            {
                var (start, end) = run.Block(block);
                for (var i = start; i < end; i++)
                {
                    if (run.Prepare(worker, i))
                    {
                        run.HashLeaves(worker, i, hasher.DrawSalts(run._leafCounts[i]));
                    }
                }

                run.CombineHashes(worker);
            });
            run.ThrowFirstRefusal();
        }
        else
        {
            run.DrawInBatchOrder(batches, hasher, maxWorkers);
        }

        foreach (var i in batches.SelectMany(batch => batch))
        {
            run._hashFailures[i]?.Throw();
        }

        return run._prepared;
    }

    // Any source but the CSPRNG is drawn in batch order, one document after another, so a seeded source gives the
    // same salts to the same documents however the work is spread: documents are prepared (validated, counted) on
    // every core, salts drawn on this thread, then documents hashed on every core.
    private void DrawInBatchOrder(IReadOnlyList<IReadOnlyList<int>> batches, DocumentHasher hasher, int maxWorkers)
    {
        OrderedParallel.For(_input.Count, DocumentsPerBlock, maxWorkers, static () => new Worker(), (worker, i) => Prepare(worker, i));
        ThrowFirstRefusal();
        var salts = new byte[_input.Count][];
        foreach (var i in batches.SelectMany(batch => batch))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_utf8[i] is not null)
            {
                salts[i] = hasher.DrawSalts(_leafCounts[i]);
            }
        }

        OrderedParallel.For(Blocks, 1, maxWorkers, static () => new Worker(), (worker, block) =>
        {
            var (start, end) = Block(block);
            for (var i = start; i < end; i++)
            {
                if (_utf8[i] is not null)
                {
                    HashLeaves(worker, i, salts[i]);
                }
            }

            CombineHashes(worker);
        });
    }

    // Writes, parses, checks and counts document i; true when it is to be hashed (its text is then kept in _utf8),
    // false when it is refused or cannot be hashed (both kept for later).
    private bool Prepare(Worker worker, int i)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        byte[] utf8;
        JsonDocument written;
        try
        {
            CompactJson.Write((_input, i), static (s, w) => s._input.Write(s.i, w), static s => s._input.Explain(s.i), worker.Writer, worker.Buffer);
            utf8 = worker.Buffer.WrittenSpan.ToArray();
            written = CompactJson.Parse(utf8, _input.MayRepeatNames);
        }
        catch (CanonicalJsonException e)
        {
            // Kept to be rethrown, in batch order, once every document's refusal has been reported.
            _hashFailures[i] = ExceptionDispatchInfo.Capture(e);
            _refusals[i] = _input.Refusal(i, null);
            return false;
        }

        using var parsed = written;
        var root = parsed.RootElement;
        _refusals[i] = _input.Refusal(i, root);
        if (_refusals[i] is not null)
        {
            return false;
        }

        try
        {
            _leafCounts[i] = IssueWalker.CountLeaves(root);
            _utf8[i] = utf8;
            return true;
        }
        catch (DocumentHashingException e)
        {
            _hashFailures[i] = ExceptionDispatchInfo.Capture(e);
            return false;
        }
    }

    // Blocks of documents, one hand-out each: a block's document hashes are combined together.
    private int Blocks => (_input.Count + DocumentsPerBlock - 1) / DocumentsPerBlock;

    private (int Start, int End) Block(int block) => (block * DocumentsPerBlock, Math.Min(_input.Count, (block + 1) * DocumentsPerBlock));

    // Hashes document i's leaves into the worker's next slot; its document hash comes with the block's (CombineHashes).
    private void HashLeaves(Worker worker, int i, byte[] salts)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var utf8 = _utf8[i]!;
        try
        {
            var slot = worker.DocumentHashes.Reserve(salts.Length / Salt.Size);
            var pointers = worker.Walker.HashLeaves(utf8, salts, slot);
            // Kept in document order before the combine sorts the slot in place.
            var leafHashes = _input.KeepsLeafHashes ? slot.ToArray() : null;
            worker.DocumentHashes.Commit();
            worker.Hashed.Add(new HashedLeaves(i, new LeafSalts(pointers, salts), pointers, leafHashes));
        }
        catch (CanonicalJsonException e)
        {
            _hashFailures[i] = ExceptionDispatchInfo.Capture(e);
        }
    }

    private void CombineHashes(Worker worker)
    {
        var hashed = worker.Hashed;
        Span<Hash32> documentHashes = new Hash32[hashed.Count];
        worker.DocumentHashes.Combine(documentHashes);
        for (var k = 0; k < hashed.Count; k++)
        {
            var (i, salts, pointers, leafHashes) = hashed[k];
            _prepared[i] = new PreparedDocument(BundleDocument.FromCompact(_utf8[i]!), new IssuedLeaves(salts, pointers, leafHashes, documentHashes[k]));
        }

        hashed.Clear();
    }

    private void ThrowFirstRefusal()
    {
        foreach (var refusal in _refusals)
        {
            if (refusal is not null)
            {
                throw refusal;
            }
        }
    }

    // One per worker: a walker with its pointer cache, its block's document-hash group, and the buffer and writer
    // compact JSON is written through.
    private sealed class Worker
    {
        public Worker() => Writer = new Utf8JsonWriter(Buffer, CompactJson.WriterOptions);

        public IssueWalker Walker { get; } = new(new LeafHasher());

        public DocumentHashGroup DocumentHashes { get; } = new();

        // The documents of the current block whose leaves are hashed, in the order of their slots.
        public List<HashedLeaves> Hashed { get; } = [];

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }
    }
}

/// <summary>Document <paramref name="Index"/>'s leaves, hashed, before its document hash is combined.</summary>
internal readonly record struct HashedLeaves(int Index, LeafSalts Salts, string[] Pointers, byte[]? LeafHashes);

/// <summary>A document ready for its batch: its compact JSON and what hashing it yielded (salts, leaves, document hash).</summary>
internal readonly record struct PreparedDocument(BundleDocument Document, IssuedLeaves Leaves)
{
    public IReadOnlyDictionary<string, Salt> Salts => Leaves.Salts;

    public Hash32 DocumentHash => Leaves.DocumentHash;
}
