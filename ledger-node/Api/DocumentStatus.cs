using System.Text.Json.Serialization;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Api;

/// <summary>What the ledger says about a document hash, in one word for people and machines.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentState>))]
public enum DocumentState
{
    /// <summary>In an anchored batch (proof checked), neither revoked nor superseded.</summary>
    Anchored,

    /// <summary>The document or its batch is revoked.</summary>
    Revoked,

    /// <summary>A newer document supersedes it.</summary>
    Superseded,

    /// <summary>Events name the hash (decisions, supersessions) but no batch was given to show it is anchored.</summary>
    Known,

    /// <summary>The batch root given is not anchored.</summary>
    NotAnchored,

    /// <summary>The proof given does not lead from the hash to the root.</summary>
    ProofMismatch,
}

/// <summary>The document's place in its batch, when the caller gave the root (and the Merkle path).</summary>
/// <param name="Root">The batch root asked about.</param>
/// <param name="ProofValid">Whether the path folds from the hash to the root (null when no path was given).</param>
/// <param name="Batch">The anchored batch; null when the root is not anchored.</param>
public sealed record DocumentInclusion(Hash32 Root, bool? ProofValid, BatchView? Batch);

/// <summary>The answer of GET /api/v1/documents/{hash}.</summary>
public sealed record DocumentStatusResponse(Hash32 DocumentHash, DocumentState State, string Summary, DocumentInclusion? Inclusion, DocumentView Ledger);

/// <summary>One event touching a document, for its history.</summary>
/// <param name="Event">BatchAnchored, BatchRevoked, DocumentRevoked, Superseded (by a newer one), Supersedes (an older one), DecisionRecorded (<see cref="ProvenanceLedger.Sdk.Registry.Events.DocumentHistoryWording"/>).</param>
/// <param name="At">Where it happened.</param>
/// <param name="Detail">One plain sentence, worded by <see cref="ProvenanceLedger.Sdk.Registry.Events.DocumentHistoryWording"/>.</param>
/// <param name="Related">The other hash involved (root, newer or older document), if any.</param>
public sealed record DocumentHistoryEntry(string Event, EventLocation At, string Detail, Hash32? Related);

/// <summary>The answer of GET /api/v1/documents/{hash}/history.</summary>
public sealed record DocumentHistoryResponse(Hash32 DocumentHash, LedgerPoint AsOf, IReadOnlyList<DocumentHistoryEntry> Events);
