using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// A (possibly redacted) document with its salts and the document hash computed from them.
/// <see cref="Document"/> is held by reference: changing it afterwards invalidates the hash.
/// </summary>
public sealed class HashedDocument
{
    // The leaves are kept as the walk left them (pointers, hashes end to end); DisclosedLeaves is made from them
    // when first asked for, since issuing and verifying themselves only need the salts and the document hash.
    private readonly string[] _leafPointers;
    private readonly byte[] _leafHashes;
    private IReadOnlyList<LeafDigest>? _disclosedLeaves;

    /// <summary>A recomputed (possibly redacted) document: its leaves as the recomputation left them.</summary>
    internal HashedDocument(JsonObject document, IReadOnlyDictionary<string, Salt> salts, RecomputedLeaves leaves)
    {
        Document = document;
        Salts = salts;
        _leafPointers = leaves.Pointers;
        _leafHashes = leaves.LeafHashes;
        RedactedLeafHashes = leaves.RedactedLeafHashes;
        DocumentHash = leaves.DocumentHash;
    }

    /// <summary>An issued document: nothing redacted; its leaves as the issue walk left them, leaf hashes kept.</summary>
    internal HashedDocument(JsonObject document, IssuedLeaves leaves)
    {
        if (leaves.LeafHashes is null)
        {
            throw new ArgumentException("the issue walk was asked not to keep the leaf hashes a hashed document lists", nameof(leaves));
        }

        Document = document;
        Salts = leaves.Salts;
        _leafPointers = leaves.Pointers;
        _leafHashes = leaves.LeafHashes;
        RedactedLeafHashes = [];
        DocumentHash = leaves.DocumentHash;
    }

    /// <summary>The document; redacted parts are markers.</summary>
    public JsonObject Document { get; }

    /// <summary>Pointer → salt for every disclosed leaf, in document order.</summary>
    public IReadOnlyDictionary<string, Salt> Salts { get; }

    /// <summary>The disclosed leaves with their hashes, in document order.</summary>
    public IReadOnlyList<LeafDigest> DisclosedLeaves => _disclosedLeaves ??= MakeDisclosedLeaves();

    /// <summary>The leaf hashes carried by redaction markers, in document order.</summary>
    public IReadOnlyList<Hash32> RedactedLeafHashes { get; }

    /// <summary>keccak256 of all leaf hashes sorted ascending (FORMAT.md §3).</summary>
    public Hash32 DocumentHash { get; }

    // Two threads may make the list at once; both make the same one, and either may stay.
    private LeafDigest[] MakeDisclosedLeaves()
    {
        var leaves = new LeafDigest[_leafPointers!.Length];
        for (var i = 0; i < leaves.Length; i++)
        {
            leaves[i] = new LeafDigest(_leafPointers[i], new Hash32(_leafHashes.AsSpan(i * Hash32.Size, Hash32.Size)));
        }

        return leaves;
    }
}
