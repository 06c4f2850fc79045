using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The chain and registry a ledger view follows.</summary>
public sealed record LedgerIdentity(ulong ChainId, Address Registry);

/// <summary>The block a ledger view answers for.</summary>
public sealed record LedgerPoint(ulong BlockNumber, DateTimeOffset BlockTime);

/// <summary>An anchored batch as the ledger knows it.</summary>
public sealed record LedgerBatch(Hash32 Root, Address Issuer, Hash32 DocType, uint Count, ulong AnchoredBlock, DateTimeOffset AnchoredAt, Hash32? TransactionHash);

/// <summary>A revocation of a document hash or a batch root.</summary>
public sealed record LedgerRevocation(Hash32 Hash, RevocationReason Reason, Address RevokedBy, ulong BlockNumber, DateTimeOffset Time);

/// <summary>A supersession of a document by a newer one.</summary>
public sealed record LedgerSupersession(Hash32 OldHash, Hash32 NewHash, ulong BlockNumber, DateTimeOffset Time);

/// <summary>A customs decision on a document.</summary>
public sealed record LedgerDecision(CustomsDecision Decision, Address Authority, string Country, string Reference, ulong BlockNumber, DateTimeOffset Time);

/// <summary>
/// An issuer's accreditation history for one document type: every period it was accredited, the current
/// status, and the name and URI of the latest grant (null when never accredited).
/// </summary>
public sealed record LedgerAccreditation(AccreditationStatus Status, string? Name, string? Uri, IReadOnlyList<AccreditationPeriod> Periods)
{
    /// <summary>The period that contains <paramref name="time"/>, if any.</summary>
    public AccreditationPeriod? PeriodAt(DateTimeOffset time) => Periods.LastOrDefault(p => p.Contains(time));
}
