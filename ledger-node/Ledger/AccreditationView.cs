using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>An issuer's accreditation for one document type: state, periods and full history, as of a block.</summary>
public sealed record AccreditationView(
    Address Issuer,
    Hash32 DocType,
    string Name,
    string Uri,
    AccreditationStatus Status,
    IReadOnlyList<AccreditationPeriod> Periods,
    IReadOnlyList<AccreditationEventView> History)
{
    /// <summary>True when a period contains <paramref name="time"/> (the registry's isAccreditedAt).</summary>
    public bool IsAccreditedAt(DateTimeOffset time) => Periods.Any(p => p.Contains(time));
}
