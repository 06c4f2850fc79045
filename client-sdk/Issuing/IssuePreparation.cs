using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The chain-free, per-document half of <see cref="DocumentBatchIssuer"/>, on every core: each document is
/// turned into JSON, validated, salted, hashed and kept as compact UTF-8 JSON in one pass, so its tree of
/// nodes dies young instead of riding in its bundle through the whole batch (those trees, a few hundred small
/// objects per document, were most of the garbage collector's work). Errors surface as one loop over the
/// documents would raise them, before anything is anchored: a foreign issuer or an invalid document first,
/// in document order; then a document that cannot be hashed, in batch order.
/// </summary>
internal sealed class IssuePreparation
{
    // Documents per hand-out to a worker: enough to amortise the hand-out, small enough to balance the cores.
    private const int DocumentsPerBlock = 16;

    private readonly IReadOnlyList<TradeDocument> _documents;
    private readonly Address _issuer;
    private readonly JsonObject?[] _json;
    private readonly DocumentValidationResult[] _validation;
    private readonly PreparedDocument[] _prepared;
    private readonly ExceptionDispatchInfo?[] _hashFailures;
    private readonly CancellationToken _cancellationToken;

    private IssuePreparation(IReadOnlyList<TradeDocument> documents, Address issuer, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _documents = documents;
        _issuer = issuer;
        _json = new JsonObject?[documents.Count];
        _validation = new DocumentValidationResult[documents.Count];
        _prepared = new PreparedDocument[documents.Count];
        _hashFailures = new ExceptionDispatchInfo?[documents.Count];
    }

    /// <summary>Validates and hashes every document; <paramref name="batches"/> (indices) give the order a seeded salt source is drawn in.</summary>
    /// <exception cref="IssuingException">A document names another issuer.</exception>
    /// <exception cref="DocumentValidationException">A document is invalid.</exception>
    /// <exception cref="DocumentHashingException">A document cannot be hashed.</exception>
    /// <exception cref="CanonicalJsonException">A value has no canonical form.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (checked before each document).</exception>
    public static IReadOnlyList<PreparedDocument> Run(
        IReadOnlyList<TradeDocument> documents, Address issuer, IReadOnlyList<IReadOnlyList<int>> batches, DocumentHasher hasher, int maxWorkers,
        CancellationToken cancellationToken)
    {
        var run = new IssuePreparation(documents, issuer, cancellationToken);
        if (hasher.DrawsInAnyOrder)
        {
            // CSPRNG salts: whichever worker hashes a document draws its salts, in the same pass.
            OrderedParallel.For(documents.Count, DocumentsPerBlock, maxWorkers, () => new Worker(), (worker, i) =>
            {
                if (run.Validate(i))
                {
                    run.Hash(worker, i, hasher.DrawSalts);
                }
            });
            run.ThrowFirstRefusal();
        }
        else
        {
            // Any other source is drawn in batch order, one document after another, so a seeded source gives
            // the same salts to the same documents however the work is spread.
            OrderedParallel.For(documents.Count, DocumentsPerBlock, maxWorkers, static () => 0, (_, i) => run.Validate(i));
            run.ThrowFirstRefusal();
            var salts = new byte[documents.Count][];
            foreach (var i in batches.SelectMany(batch => batch))
            {
                cancellationToken.ThrowIfCancellationRequested();
                salts[i] = hasher.DrawSalts(run._json[i]!);
            }

            OrderedParallel.For(documents.Count, DocumentsPerBlock, maxWorkers, () => new Worker(), (worker, i) => run.Hash(worker, i, _ => salts[i]));
        }

        foreach (var i in batches.SelectMany(batch => batch))
        {
            run._hashFailures[i]?.Throw();
        }

        return run._prepared;
    }

    // True when the document is the issuer's and valid, and so is to be hashed.
    private bool Validate(int i)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var json = _documents[i].ToJson();
        _json[i] = json;
        _validation[i] = DocumentValidator.Validate(json);
        return _documents[i].Issuer.Address == _issuer && _validation[i].IsValid;
    }

    private void Hash(Worker worker, int i, Func<JsonObject, byte[]> drawSalts)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var json = _json[i]!;
        _json[i] = null;
        try
        {
            var hashed = worker.Walker.Issue(json, drawSalts(json));
            _prepared[i] = new PreparedDocument(BundleDocument.Compact(json, worker.Buffer), hashed.Salts, hashed.DocumentHash);
        }
        catch (Exception e) when (e is DocumentHashingException or CanonicalJsonException)
        {
            // Kept to be rethrown, in batch order, once every document's validation has been reported.
            _hashFailures[i] = ExceptionDispatchInfo.Capture(e);
        }
    }

    private void ThrowFirstRefusal()
    {
        for (var i = 0; i < _documents.Count; i++)
        {
            var document = _documents[i];
            if (document.Issuer.Address != _issuer)
            {
                throw new IssuingException(
                    $"document {i} ({document.Id}) names issuer {document.Issuer.Address}, but the signing key is {_issuer}; set the envelope's issuer.address to the signing key's address");
            }

            _validation[i].ThrowIfInvalid();
        }
    }

    // One per worker: a walker with its pointer cache, and the buffer compact JSON is written through.
    private sealed class Worker
    {
        public IssueWalker Walker { get; } = new(new LeafHasher());

        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);
    }
}

/// <summary>A document ready for its batch: its compact JSON, salts and document hash.</summary>
internal readonly record struct PreparedDocument(BundleDocument Document, IReadOnlyDictionary<string, Salt> Salts, Hash32 DocumentHash);
