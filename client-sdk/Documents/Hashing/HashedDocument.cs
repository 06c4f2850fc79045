using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// A (possibly redacted) document with its salts and the document hash computed from them.
/// <see cref="Document"/> is held by reference: changing it afterwards invalidates the hash.
/// </summary>
public sealed class HashedDocument
{
    internal HashedDocument(
        JsonObject document,
        IReadOnlyDictionary<string, Salt> salts,
        IReadOnlyList<LeafDigest> disclosedLeaves,
        IReadOnlyList<Hash32> redactedLeafHashes,
        Hash32 documentHash)
    {
        Document = document;
        Salts = salts;
        DisclosedLeaves = disclosedLeaves;
        RedactedLeafHashes = redactedLeafHashes;
        DocumentHash = documentHash;
    }

    /// <summary>The document; redacted parts are markers.</summary>
    public JsonObject Document { get; }

    /// <summary>Pointer → salt for every disclosed leaf, in document order.</summary>
    public IReadOnlyDictionary<string, Salt> Salts { get; }

    /// <summary>The disclosed leaves with their hashes, in document order.</summary>
    public IReadOnlyList<LeafDigest> DisclosedLeaves { get; }

    /// <summary>The leaf hashes carried by redaction markers, in document order.</summary>
    public IReadOnlyList<Hash32> RedactedLeafHashes { get; }

    /// <summary>keccak256 of all leaf hashes sorted ascending (FORMAT.md §3).</summary>
    public Hash32 DocumentHash { get; }
}
