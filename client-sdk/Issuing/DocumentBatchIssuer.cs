using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// Issues trade documents: validates each, hashes it with fresh salts, builds one Merkle tree per batch
/// (documents of one type, at most <see cref="IssueOptions.MaxBatchSize"/>), signs the EIP-712 AnchorBatch
/// with the issuer's key, anchors through an <see cref="IAnchorSubmitter"/>, and returns one proof bundle per
/// document, in the order given.
/// </summary>
public sealed class DocumentBatchIssuer
{
    // Bundles (a proof each) made per hand-out to a worker: the proofs of a large batch are taken on every core.
    private const int BundlesPerBlock = 256;

    private readonly EthereumKey _issuerKey;
    private readonly IAnchorSubmitter _submitter;
    private readonly IssueOptions _options;
    private readonly DocumentHasher _hasher;
    private readonly TimeProvider _time;

    /// <summary>Creates an issuer signing with <paramref name="issuerKey"/>; salts come from <paramref name="saltSource"/> (a CSPRNG by default).</summary>
    public DocumentBatchIssuer(EthereumKey issuerKey, IAnchorSubmitter submitter, IssueOptions? options = null, ISaltSource? saltSource = null, TimeProvider? time = null)
    {
        _issuerKey = issuerKey ?? throw new ArgumentNullException(nameof(issuerKey));
        _submitter = submitter ?? throw new ArgumentNullException(nameof(submitter));
        _options = options ?? new IssueOptions();
        if (_options.MaxBatchSize < 1)
        {
            throw new ArgumentException($"MaxBatchSize is {_options.MaxBatchSize}; a batch holds at least one document", nameof(options));
        }

        _hasher = saltSource is null ? new DocumentHasher() : new DocumentHasher(saltSource);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The issuer's address; every document's envelope must name it.</summary>
    public Address Issuer => _issuerKey.Address;

    /// <summary>Issues <paramref name="documents"/>; <paramref name="progress"/> receives the number of documents anchored so far.</summary>
    /// <exception cref="DocumentValidationException">A document is invalid (nothing is anchored).</exception>
    /// <exception cref="IssuingException">A document names another issuer, or the registry refused a batch.</exception>
    /// <exception cref="Canonical.CanonicalJsonException">
    /// A document holds a value with no JSON text (a non-finite number, a lone surrogate; its pointer is named),
    /// reported after every other document's refusal; nothing is anchored. <see cref="DocumentValidator.Validate(TradeDocument)"/>
    /// reports the same value as a validation problem.
    /// </exception>
    public async Task<IReadOnlyList<ProofBundle>> IssueAsync(
        IReadOnlyList<TradeDocument> documents, CancellationToken cancellationToken = default, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new IssuingException("nothing to issue: give at least one document");
        }

        // Every document is validated and hashed (on every core) before anything is anchored; the JSON
        // validated is the JSON hashed, and errors come in document order, as one loop would raise them.
        var batches = Chunks(documents);
        var prepared = IssuePreparation.Run(new TradeDocumentInput(documents, Issuer), batches, _hasher, Environment.ProcessorCount, cancellationToken);
        var bundles = new ProofBundle[documents.Count];
        var done = 0;
        foreach (var batch in batches)
        {
            var issued = await IssueBatchAsync(documents[batch[0]].Type, [.. batch.Select(i => prepared[i])], cancellationToken);
            for (var k = 0; k < batch.Length; k++)
            {
                bundles[batch[k]] = issued[k];
            }

            done += batch.Length;
            progress?.Report(done);
        }

        return bundles;
    }

    private async Task<IReadOnlyList<ProofBundle>> IssueBatchAsync(DocumentType type, IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        var tree = BatchMerkleTree.Build([.. documents.Select(d => d.DocumentHash)]);
        var terms = await _submitter.PrepareAsync(Issuer, cancellationToken);
        var message = new AnchorBatchMessage(
            tree.Root, type.Id, (uint)documents.Count, _options.BatchUri, terms.Nonce,
            DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().Add(_options.SignatureValidity).ToUnixTimeSeconds()));
        var signature = message.Sign(_issuerKey, terms.Domain);
        var anchor = await _submitter.SubmitAsync(new SignedAnchorBatch(message, Issuer, signature, terms.Domain), cancellationToken);
        var issuerSignature = new BundleSignature("issuer", Issuer, BundleSignature.Eip712, signature.ToBytes(), message.ToJson());
        IReadOnlyList<BundleSignature> signatures = [issuerSignature]; // read-only, so every bundle of the batch may share it
        var bundles = new ProofBundle[documents.Count];
        OrderedParallel.For(documents.Count, BundlesPerBlock, static () => 0, (_, i) => bundles[i] = new ProofBundle(
            documents[i].Document,
            documents[i].Salts,
            documents[i].DocumentHash,
            new BatchInclusion(tree.Root, tree.ProofFor(i), tree.Size),
            anchor,
            signatures));
        return bundles;
    }

    // Indices of the documents grouped by type (one docType per batch; types in order of first appearance, documents
    // in order within a type), each group cut into MaxBatchSize chunks.
    private List<int[]> Chunks(IReadOnlyList<TradeDocument> documents) =>
        [.. Enumerable.Range(0, documents.Count)
            .GroupBy(i => documents[i].Type)
            .SelectMany(group => group.Chunk(_options.MaxBatchSize))];
}
