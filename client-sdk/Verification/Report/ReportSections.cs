using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>What the verifier looked at: the block (and its time) the ledger answered for, and what was asked.</summary>
public sealed record ReportAsOf(ulong? BlockNumber, DateTimeOffset? BlockTime, string Requested);

/// <summary>The document as disclosed: envelope fields (null when redacted) and every leaf.</summary>
public sealed record ReportDocument(string? Type, string? Id, ReportIssuer? Issuer, string? IssuedAt, Hash32 DocumentHash, IReadOnlyList<ReportField> Fields);

/// <summary>The issuer named in the envelope.</summary>
public sealed record ReportIssuer(string? Address, string? Name);

/// <summary>One leaf of the document at its JSON Pointer: its value, or <see cref="Redacted"/> with the number of hidden leaves.</summary>
public sealed record ReportField(string Pointer, JsonNode? Value, bool Redacted, int HiddenLeaves);

/// <summary>Where the batch is anchored, as the ledger (not the bundle) says.</summary>
public sealed record ReportAnchor(ulong ChainId, Address Registry, Hash32? TransactionHash, ulong BlockNumber, DateTimeOffset BlockTime, Address Issuer);

/// <summary>A signature of the bundle: its role (issuer, declarant), the signer it claims, and whether it verified.</summary>
public sealed record ReportSignature(string Role, Address Signer, bool Valid);

/// <summary>The issuer's accreditation for the document type, as of the verification.</summary>
public sealed record ReportAccreditation(string Name, string Uri, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil,
    [property: JsonConverter(typeof(UpperSnakeCaseEnumConverter<AccreditationStatus>))] AccreditationStatus Status);

/// <summary>A revocation of the document or of its whole batch.</summary>
public sealed record ReportRevocation(
    [property: JsonConverter(typeof(UpperSnakeCaseEnumConverter<RevocationScope>))] RevocationScope Scope,
    [property: JsonConverter(typeof(UpperSnakeCaseEnumConverter<RevocationReason>))] RevocationReason Reason,
    Address RevokedBy, ulong BlockNumber, DateTimeOffset Time);

/// <summary>Whether the document itself or its whole batch was revoked.</summary>
public enum RevocationScope
{
    /// <summary>This document.</summary>
    Document,

    /// <summary>The batch the document belongs to.</summary>
    Batch,
}

/// <summary>The newer document that supersedes this one.</summary>
public sealed record ReportSupersession(Hash32 SupersededBy, ulong BlockNumber, DateTimeOffset Time);

/// <summary>A customs decision on the document.</summary>
public sealed record ReportDecision(
    [property: JsonConverter(typeof(UpperSnakeCaseEnumConverter<CustomsDecision>))] CustomsDecision Decision,
    Address Authority, string Country, string Reference, ulong BlockNumber, DateTimeOffset Time);

/// <summary>The provenance graph: this document, its parents (recursively) and how they relate.</summary>
public sealed record ProvenanceGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>A document of the graph; <see cref="Verdict"/> is null for a parent whose bundle was not provided.</summary>
public sealed record GraphNode(Hash32 Hash, string? Type, string? Id, Verdict? Verdict);

/// <summary>An edge from a document to its parent, with the relation (derived-from, supersedes, supports).</summary>
public sealed record GraphEdge(Hash32 From, Hash32 To, string Relation);
