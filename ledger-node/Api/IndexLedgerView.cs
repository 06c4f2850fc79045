using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// The verification engine's ledger, answered from the node's index: no chain call on the hot path. One
/// instance serves one verification of one registry's bundle at points the run fixed, so it remembers each
/// document and batch it read: the engine asks revocation, supersession and decisions of the same hash, and the
/// batch and its revocation of the same root, and each answer is one index read instead of several.
/// </summary>
internal sealed class IndexLedgerView(ILedgerIndex index, ulong chainId, Address registry) : ILedgerView
{
    private readonly Dictionary<(Hash32 Hash, ulong Block), DocumentView> _documents = [];
    private readonly Dictionary<(Hash32 Root, ulong Block), BatchView?> _batches = [];

    public Task<LedgerIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Task.FromResult(new LedgerIdentity(chainId, registry));

    public Task<LedgerPoint> ResolveAsync(AsOf asOf, CancellationToken cancellationToken) => Guarded(() => index.Resolve(asOf));

    public Task<LedgerBatch?> GetBatchAsync(Hash32 root, LedgerPoint at, CancellationToken cancellationToken) => Guarded(() =>
        Batch(root, at) is { } b
            ? new LedgerBatch(b.Root, b.Issuer, b.DocType, b.Count, b.Anchored.BlockNumber, b.Anchored.BlockTime, b.Anchored.TransactionHash)
            : null);

    public Task<LedgerRevocation?> GetRevocationAsync(Hash32 hashOrRoot, LedgerPoint at, CancellationToken cancellationToken) => Guarded(() =>
    {
        var revocation = Document(hashOrRoot, at).Revocation ?? Batch(hashOrRoot, at)?.Revocation;
        return revocation is null ? null : new LedgerRevocation(hashOrRoot, revocation.Reason, revocation.RevokedBy, revocation.At.BlockNumber, revocation.At.BlockTime);
    });

    public Task<LedgerSupersession?> GetSupersessionAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) => Guarded(() =>
        Document(documentHash, at).SupersededBy is { } s ? new LedgerSupersession(s.OldHash, s.NewHash, s.At.BlockNumber, s.At.BlockTime) : null);

    public Task<IReadOnlyList<LedgerDecision>> GetDecisionsAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) => Guarded(() =>
        (IReadOnlyList<LedgerDecision>)[.. Document(documentHash, at).Decisions.Select(d => new LedgerDecision(d.Decision, d.Authority, d.Country, d.DeclarationRef, d.At.BlockNumber, d.At.BlockTime))]);

    public Task<LedgerAccreditation> GetAccreditationAsync(Address issuer, Hash32 docType, LedgerPoint at, CancellationToken cancellationToken) => Guarded(() =>
        index.GetIssuer(issuer, At(at))?.Accreditations.FirstOrDefault(a => a.DocType == docType) is { } a
            ? new LedgerAccreditation(a.Status, a.Name, a.Uri, a.Periods)
            : new LedgerAccreditation(Sdk.Registry.AccreditationStatus.None, null, null, []));

    private DocumentView Document(Hash32 hash, LedgerPoint at)
    {
        if (!_documents.TryGetValue((hash, at.BlockNumber), out var document))
        {
            document = index.GetDocument(hash, null, At(at));
            _documents[(hash, at.BlockNumber)] = document;
        }

        return document;
    }

    private BatchView? Batch(Hash32 root, LedgerPoint at)
    {
        if (!_batches.TryGetValue((root, at.BlockNumber), out var batch))
        {
            batch = index.GetBatch(root, At(at));
            _batches[(root, at.BlockNumber)] = batch;
        }

        return batch;
    }

    private static AsOf At(LedgerPoint at) => AsOf.AtBlock(at.BlockNumber);

    private static Task<T> Guarded<T>(Func<T> read)
    {
        try
        {
            return Task.FromResult(read());
        }
        catch (LedgerUnavailableException e)
        {
            // The verification report shows this message: say that it was the node's index that could not answer.
            return Task.FromException<T>(new LedgerUnavailableException($"the node's index cannot answer: {e.Message}", e));
        }
    }
}
