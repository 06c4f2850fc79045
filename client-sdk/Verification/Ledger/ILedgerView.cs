using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// What the verification engine asks the ledger, always "as of" one block. <see cref="ChainLedgerView"/>
/// asks the chain directly; the node answers from its index. Every method throws
/// <see cref="LedgerUnavailableException"/> when it cannot answer (unreachable, rate limited, not synced) —
/// never a made-up "not found", because the engine turns that into UNAVAILABLE, not INVALID.
/// </summary>
public interface ILedgerView
{
    /// <summary>The chain and registry this view follows.</summary>
    Task<LedgerIdentity> GetIdentityAsync(CancellationToken cancellationToken);

    /// <summary>The block that <paramref name="asOf"/> means (the latest, the one asked for, or the last at or before a time).</summary>
    Task<LedgerPoint> ResolveAsync(AsOf asOf, CancellationToken cancellationToken);

    /// <summary>The batch anchored under <paramref name="root"/> by block <paramref name="at"/>, or null.</summary>
    Task<LedgerBatch?> GetBatchAsync(Hash32 root, LedgerPoint at, CancellationToken cancellationToken);

    /// <summary>The revocation of a document hash or batch root by block <paramref name="at"/>, or null.</summary>
    Task<LedgerRevocation?> GetRevocationAsync(Hash32 hashOrRoot, LedgerPoint at, CancellationToken cancellationToken);

    /// <summary>The supersession of <paramref name="documentHash"/> by block <paramref name="at"/>, or null.</summary>
    Task<LedgerSupersession?> GetSupersessionAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken);

    /// <summary>The decisions on <paramref name="documentHash"/> recorded by block <paramref name="at"/>, oldest first.</summary>
    Task<IReadOnlyList<LedgerDecision>> GetDecisionsAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken);

    /// <summary>The accreditation history of <paramref name="issuer"/> for <paramref name="docType"/> up to block <paramref name="at"/>.</summary>
    Task<LedgerAccreditation> GetAccreditationAsync(Address issuer, Hash32 docType, LedgerPoint at, CancellationToken cancellationToken);
}
