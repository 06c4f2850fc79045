using System.Globalization;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>
/// The events of one document's history and the sentence that details each: the ledger node's
/// <c>GET /api/v1/documents/{hash}/history</c> and the CLI's <c>history</c> (read from the chain) both word them
/// here, so the two print the same rows for the same chain state.
/// </summary>
public static class DocumentHistoryWording
{
    /// <summary>The document's batch was anchored (the batch root was given).</summary>
    public const string BatchAnchoredEvent = "BatchAnchored";

    /// <summary>A batch the document was named in was revoked as a whole.</summary>
    public const string BatchRevokedEvent = "BatchRevoked";

    /// <summary>The document itself was revoked.</summary>
    public const string DocumentRevokedEvent = "DocumentRevoked";

    /// <summary>A newer document superseded this one.</summary>
    public const string SupersededEvent = "Superseded";

    /// <summary>This document superseded an older one.</summary>
    public const string SupersedesEvent = "Supersedes";

    /// <summary>A customs authority recorded a decision on the document.</summary>
    public const string DecisionRecordedEvent = "DecisionRecorded";

    /// <summary>The detail of <see cref="BatchAnchoredEvent"/>.</summary>
    public static string BatchAnchored(uint count, Address issuer) =>
        string.Create(CultureInfo.InvariantCulture, $"Batch of {count} anchored by issuer {issuer}.");

    /// <summary>The detail of <see cref="BatchRevokedEvent"/>.</summary>
    public static string BatchRevoked(Address revokedBy, RevocationReason reason) => $"Its batch was revoked by {revokedBy}, reason {reason}.";

    /// <summary>The detail of <see cref="DocumentRevokedEvent"/>.</summary>
    public static string DocumentRevoked(Address revokedBy, RevocationReason reason) => $"Document revoked by {revokedBy}, reason {reason}.";

    /// <summary>The detail of <see cref="SupersededEvent"/>.</summary>
    public static string SupersededBy(Hash32 newHash) => $"Superseded by {newHash}.";

    /// <summary>The detail of <see cref="SupersedesEvent"/>.</summary>
    public static string Supersedes(Hash32 oldHash) => $"Supersedes {oldHash}.";

    /// <summary>The detail of <see cref="DecisionRecordedEvent"/>.</summary>
    public static string DecisionRecorded(CustomsDecision decision, Address authority, string country, string declarationRef) =>
        $"{decision} by {authority} ({country}), reference {declarationRef}.";
}
