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
/// leaves counted, then salted and hashed in one reader pass over the same text: no tree of nodes per document. Errors surface as one loop over the
/// documents would raise them, before anything is anchored: a refusal (another issuer, an invalid document)
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
            OrderedParallel.For(input.Count, DocumentsPerBlock, maxWorkers, static () => new Worker(), (worker, i) =>
            {
                if (run.Prepare(worker, i))
                {
                    run.Hash(worker, i, hasher.DrawSalts(run._leafCounts[i]));
                }
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

        OrderedParallel.For(_input.Count, DocumentsPerBlock, maxWorkers, static () => new Worker(), (worker, i) =>
        {
            if (_utf8[i] is not null)
            {
                Hash(worker, i, salts[i]);
            }
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
            written = CompactJson.Parse(utf8);
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

    private void Hash(Worker worker, int i, byte[] salts)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var utf8 = _utf8[i]!;
        try
        {
            _prepared[i] = new PreparedDocument(BundleDocument.FromCompact(utf8), worker.Walker.Issue(utf8, salts, _input.KeepsLeafHashes));
        }
        catch (CanonicalJsonException e)
        {
            _hashFailures[i] = ExceptionDispatchInfo.Capture(e);
        }
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

    // One per worker: a walker with its pointer cache, and the buffer and writer compact JSON is written through.
    private sealed class Worker
    {
        public Worker() => Writer = new Utf8JsonWriter(Buffer, CompactJson.WriterOptions);

        public IssueWalker Walker { get; } = new(new LeafHasher());

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public Utf8JsonWriter Writer { get; }
    }
}

/// <summary>A document ready for its batch: its compact JSON and what hashing it yielded (salts, leaves, document hash).</summary>
internal readonly record struct PreparedDocument(BundleDocument Document, IssuedLeaves Leaves)
{
    public IReadOnlyDictionary<string, Salt> Salts => Leaves.Salts;

    public Hash32 DocumentHash => Leaves.DocumentHash;
}
