using System.Text.Json.Nodes;
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
    // Documents per hand-out to a validation worker.
    private const int DocumentsPerBlock = 16;

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
    public async Task<IReadOnlyList<ProofBundle>> IssueAsync(
        IReadOnlyList<TradeDocument> documents, CancellationToken cancellationToken = default, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new IssuingException("nothing to issue: give at least one document");
        }

        // Every document is turned into JSON and validated (on every core) before anything is anchored; the
        // JSON validated is the JSON hashed. Errors are reported in document order, as one loop would.
        var json = new JsonObject[documents.Count];
        var validation = new DocumentValidationResult[documents.Count];
        OrderedParallel.For(documents.Count, DocumentsPerBlock, static () => 0, (_, i) =>
        {
            json[i] = documents[i].ToJson();
            validation[i] = DocumentValidator.Validate(json[i]);
        });
        for (var i = 0; i < documents.Count; i++)
        {
            RefuseForeign(documents[i], i);
            validation[i].ThrowIfInvalid();
        }

        var bundles = new ProofBundle[documents.Count];
        var done = 0;
        foreach (var chunk in Chunks(documents))
        {
            var issued = await IssueBatchAsync([.. chunk.Select(i => documents[i])], [.. chunk.Select(i => json[i])], cancellationToken);
            for (var k = 0; k < chunk.Count; k++)
            {
                bundles[chunk[k]] = issued[k];
            }

            done += chunk.Count;
            progress?.Report(done);
        }

        return bundles;
    }

    private async Task<IReadOnlyList<ProofBundle>> IssueBatchAsync(IReadOnlyList<TradeDocument> documents, IReadOnlyList<JsonObject> json, CancellationToken cancellationToken)
    {
        var prepared = PreparedBatch.Prepare(json, _hasher);
        var terms = await _submitter.PrepareAsync(Issuer, cancellationToken);
        var message = new AnchorBatchMessage(
            prepared.Tree.Root, documents[0].Type.Id, (uint)documents.Count, _options.BatchUri, terms.Nonce,
            DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().Add(_options.SignatureValidity).ToUnixTimeSeconds()));
        var signature = message.Sign(_issuerKey, terms.Domain);
        var anchor = await _submitter.SubmitAsync(new SignedAnchorBatch(message, Issuer, signature, terms.Domain), cancellationToken);
        var issuerSignature = new BundleSignature("issuer", Issuer, BundleSignature.Eip712, signature.ToBytes(), message.ToJson());
        var batch = prepared.Tree;
        return [.. prepared.Documents.Select((hashed, i) => new ProofBundle(
            hashed.Document,
            hashed.Salts,
            hashed.DocumentHash,
            new BatchInclusion(batch.Root, prepared.Proofs[i], batch.Size),
            anchor,
            [issuerSignature]))];
    }

    // Indices of the documents grouped by type (one docType per batch), each group cut into MaxBatchSize chunks.
    private IEnumerable<IReadOnlyList<int>> Chunks(IReadOnlyList<TradeDocument> documents) =>
        Enumerable.Range(0, documents.Count)
            .GroupBy(i => documents[i].Type)
            .SelectMany(group => group.Chunk(_options.MaxBatchSize));

    private void RefuseForeign(TradeDocument document, int index)
    {
        if (document.Issuer.Address != Issuer)
        {
            throw new IssuingException(
                $"document {index} ({document.Id}) names issuer {document.Issuer.Address}, but the signing key is {Issuer}; set the envelope's issuer.address to the signing key's address");
        }
    }
}
