using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>The registry's <c>batch(root)</c>: who anchored it, for which type, when, and whether it is revoked.</summary>
public sealed record BatchRecord(Address Issuer, Hash32 DocType, uint Count, DateTimeOffset AnchoredAt, ulong AnchoredBlock, RevocationReason RevokedFor)
{
    /// <summary>False when the root was never anchored (the registry answers all zeros).</summary>
    public bool IsAnchored => AnchoredBlock != 0;

    /// <summary>Whether the whole batch is revoked.</summary>
    public bool IsRevoked => RevokedFor != RevocationReason.None;
}

/// <summary>The registry's <c>accreditation(issuer, docType)</c>: current status, window and number of periods.</summary>
public sealed record AccreditationRecord(AccreditationStatus Status, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, int PeriodCount);

/// <summary>One accreditation period [ValidFrom, ValidUntil).</summary>
public sealed record AccreditationPeriod(DateTimeOffset ValidFrom, DateTimeOffset ValidUntil)
{
    /// <summary>Whether <paramref name="time"/> falls in the period.</summary>
    public bool Contains(DateTimeOffset time) => ValidFrom <= time && time < ValidUntil;
}

/// <summary>The registry's <c>decisionAt(docHash, index)</c>.</summary>
public sealed record DecisionRecord(Address Authority, CustomsDecision Decision, string Country, DateTimeOffset RecordedAt);
