using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Verification;
using NodeAsOf = ProvenanceLedger.Node.Ledger.AsOf;
using NodeUnavailable = ProvenanceLedger.Node.Ledger.LedgerUnavailableException;
using SdkAsOf = ProvenanceLedger.Sdk.Verification.AsOf;
using SdkPoint = ProvenanceLedger.Sdk.Verification.LedgerPoint;

namespace ProvenanceLedger.Node.Api;

/// <summary>
/// The verification engine's ledger, answered from the node's index: no chain call on the hot path. One
/// instance serves one verification of one registry's bundle; it remembers the last document it read, because
/// the engine asks revocation, supersession and decisions of the same hash in a row.
/// </summary>
internal sealed class IndexLedgerView(ILedgerIndex index, ulong chainId, Address registry) : ILedgerView
{
    private DocumentView? _lastDocument;

    public Task<LedgerIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Task.FromResult(new LedgerIdentity(chainId, registry));

    public Task<SdkPoint> ResolveAsync(SdkAsOf asOf, CancellationToken cancellationToken) => Guarded(() =>
    {
        var at = asOf.Block is { } block ? NodeAsOf.Block(block) : asOf.Time is { } time ? NodeAsOf.At(time) : NodeAsOf.Latest;
        var point = index.Resolve(at);
        return new SdkPoint(point.BlockNumber, point.BlockTime);
    });

    public Task<LedgerBatch?> GetBatchAsync(Hash32 root, SdkPoint at, CancellationToken cancellationToken) => Guarded(() =>
        index.GetBatch(root, At(at)) is { } b
            ? new LedgerBatch(b.Root, b.Issuer, b.DocType, b.Count, b.Anchored.BlockNumber, b.Anchored.BlockTime, b.Anchored.TransactionHash)
            : null);

    public Task<LedgerRevocation?> GetRevocationAsync(Hash32 hashOrRoot, SdkPoint at, CancellationToken cancellationToken) => Guarded(() =>
    {
        var revocation = Document(hashOrRoot, at).Revocation ?? index.GetBatch(hashOrRoot, At(at))?.Revocation;
        return revocation is null ? null : new LedgerRevocation(hashOrRoot, revocation.Reason, revocation.RevokedBy, revocation.At.BlockNumber, revocation.At.BlockTime);
    });

    public Task<LedgerSupersession?> GetSupersessionAsync(Hash32 documentHash, SdkPoint at, CancellationToken cancellationToken) => Guarded(() =>
        Document(documentHash, at).SupersededBy is { } s ? new LedgerSupersession(s.OldHash, s.NewHash, s.At.BlockNumber, s.At.BlockTime) : null);

    public Task<IReadOnlyList<LedgerDecision>> GetDecisionsAsync(Hash32 documentHash, SdkPoint at, CancellationToken cancellationToken) => Guarded(() =>
        (IReadOnlyList<LedgerDecision>)[.. Document(documentHash, at).Decisions.Select(d => new LedgerDecision(d.Decision, d.Authority, d.Country, d.DeclarationRef, d.At.BlockNumber, d.At.BlockTime))]);

    public Task<LedgerAccreditation> GetAccreditationAsync(Address issuer, Hash32 docType, SdkPoint at, CancellationToken cancellationToken) => Guarded(() =>
        index.GetIssuer(issuer, At(at))?.Accreditations.FirstOrDefault(a => a.DocType == docType) is { } a
            ? new LedgerAccreditation(a.Status, a.Name, a.Uri, a.Periods)
            : new LedgerAccreditation(Sdk.Registry.AccreditationStatus.None, null, null, []));

    private DocumentView Document(Hash32 hash, SdkPoint at)
    {
        if (_lastDocument is { } last && last.DocHash == hash && last.AsOf.BlockNumber == at.BlockNumber)
        {
            return last;
        }

        return _lastDocument = index.GetDocument(hash, null, At(at));
    }

    private static NodeAsOf At(SdkPoint at) => NodeAsOf.Block(at.BlockNumber);

    private static Task<T> Guarded<T>(Func<T> read)
    {
        try
        {
            return Task.FromResult(read());
        }
        catch (NodeUnavailable e)
        {
            return Task.FromException<T>(new Sdk.Verification.LedgerUnavailableException($"the node's index cannot answer: {e.Message}", e));
        }
    }
}
