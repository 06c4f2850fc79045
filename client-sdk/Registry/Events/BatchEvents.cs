using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>
/// A batch root was anchored: by its issuer (the anonymous <c>BatchAnchoredDirect</c> log, where <see cref="Uri"/> is
/// empty and <see cref="Relayer"/> is the issuer) or, through a relayer, for it (<c>BatchAnchored</c>).
/// </summary>
public sealed record BatchAnchoredEvent(LogPosition Position, Hash32 Root, Address Issuer, Hash32 DocType, uint Count, string Uri, Address Relayer)
    : RegistryEvent(Position);

/// <summary><c>BatchRevoked</c>: every document of the batch is revoked.</summary>
public sealed record BatchRevokedEvent(LogPosition Position, Hash32 Root, Address Issuer, RevocationReason Reason, Address RevokedBy)
    : RegistryEvent(Position);

/// <summary><c>DocumentRevoked</c>: one document of a batch is revoked.</summary>
public sealed record DocumentRevokedEvent(LogPosition Position, Hash32 DocHash, Address Issuer, Hash32 Root, RevocationReason Reason, Address RevokedBy)
    : RegistryEvent(Position);

/// <summary><c>Superseded</c>: a document was replaced by a newer one of the same issuer.</summary>
public sealed record SupersededEvent(LogPosition Position, Hash32 OldHash, Hash32 NewHash, Address Issuer, Hash32 OldRoot, Hash32 NewRoot)
    : RegistryEvent(Position);

/// <summary><c>DecisionRecorded</c>: a customs authority recorded its decision (the document's <see cref="Index"/>-th).</summary>
public sealed record DecisionRecordedEvent(LogPosition Position, Hash32 DocHash, Address Authority, uint Index, CustomsDecision Decision, string Country, string DeclarationRef)
    : RegistryEvent(Position);
