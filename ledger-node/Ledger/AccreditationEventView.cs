using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>One accreditation event of an (issuer, type).</summary>
/// <param name="Change">What happened.</param>
/// <param name="ValidFrom">Start of the opened period (Granted, Reinstated).</param>
/// <param name="ValidUntil">End of the opened period (Granted, Reinstated).</param>
/// <param name="Name">The issuer's display name (Granted).</param>
/// <param name="Uri">The issuer's URI (Granted).</param>
/// <param name="Reason">Reason code (Suspended, Ended).</param>
/// <param name="At">Where it happened.</param>
public sealed record AccreditationEventView(
    AccreditationChange Change, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, string? Name, string? Uri, AccreditationReason? Reason, EventLocation At);
