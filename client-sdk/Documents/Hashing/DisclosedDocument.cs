using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>A document as it is handed out: redacted parts are markers, and only the disclosed leaves have salts.</summary>
/// <param name="Document">The document with markers in place of redacted values.</param>
/// <param name="Salts">Pointer → salt for every disclosed leaf, in document order.</param>
public sealed record DisclosedDocument(JsonObject Document, IReadOnlyDictionary<string, Salt> Salts);
