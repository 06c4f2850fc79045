using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary><c>CustomsAuthorityAdded</c>: the account holds CUSTOMS_ROLE for <see cref="Country"/>.</summary>
public sealed record CustomsAuthorityAddedEvent(LogPosition Position, Address Authority, string Country)
    : RegistryEvent(Position);

/// <summary><c>CustomsAuthorityRemoved</c>: the account no longer records decisions.</summary>
public sealed record CustomsAuthorityRemovedEvent(LogPosition Position, Address Authority, string Country)
    : RegistryEvent(Position);

/// <summary>OpenZeppelin <c>RoleGranted</c>.</summary>
public sealed record RoleGrantedEvent(LogPosition Position, Hash32 Role, Address Account, Address Sender)
    : RegistryEvent(Position);

/// <summary>OpenZeppelin <c>RoleRevoked</c>.</summary>
public sealed record RoleRevokedEvent(LogPosition Position, Hash32 Role, Address Account, Address Sender)
    : RegistryEvent(Position);

/// <summary>OpenZeppelin <c>RoleAdminChanged</c>.</summary>
public sealed record RoleAdminChangedEvent(LogPosition Position, Hash32 Role, Hash32 PreviousAdminRole, Hash32 NewAdminRole)
    : RegistryEvent(Position);

/// <summary>EIP-5267 <c>EIP712DomainChanged</c> (the registry never emits it; decoded for completeness).</summary>
public sealed record Eip712DomainChangedEvent(LogPosition Position)
    : RegistryEvent(Position);
