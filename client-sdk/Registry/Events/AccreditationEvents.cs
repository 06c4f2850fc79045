using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>
/// <c>AccreditationGranted</c>: opens [ValidFrom, ValidUntil) (ValidFrom is the effective start) and cuts a running period there.
/// <see cref="AccreditationId"/> is the number the registry gave this issuer and type at its first grant; direct anchors name it.
/// </summary>
public sealed record AccreditationGrantedEvent(LogPosition Position, Address Issuer, Hash32 DocType, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Name, string Uri, uint AccreditationId)
    : RegistryEvent(Position);

/// <summary><c>AccreditationSuspended</c>: cuts the running period at the block time.</summary>
public sealed record AccreditationSuspendedEvent(LogPosition Position, Address Issuer, Hash32 DocType, AccreditationReason Reason)
    : RegistryEvent(Position);

/// <summary><c>AccreditationReinstated</c>: opens a new period [ValidFrom, ValidUntil).</summary>
public sealed record AccreditationReinstatedEvent(LogPosition Position, Address Issuer, Hash32 DocType, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil)
    : RegistryEvent(Position);

/// <summary><c>AccreditationEnded</c>: cuts the running period at the block time, for good.</summary>
public sealed record AccreditationEndedEvent(LogPosition Position, Address Issuer, Hash32 DocType, AccreditationReason Reason)
    : RegistryEvent(Position);
