using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Salts and hashes documents at issue, and recomputes the hash of a disclosed (possibly redacted)
/// document from its salts (FORMAT.md §2–3). One instance per batch or verifier: it caches pointer
/// hashes across documents. Not thread-safe.
/// </summary>
public sealed class DocumentHasher
{
    private readonly ISaltSource _saltSource;
    private readonly LeafHasher _leafHasher = new();
    private readonly IssueWalker _walker;
    private readonly DisclosedWalker _disclosedWalker;

    /// <summary>Creates a hasher that draws salts from the operating system's CSPRNG.</summary>
    public DocumentHasher()
        : this(new CryptographicSaltSource())
    {
    }

    /// <summary>Creates a hasher with a specific salt source (tests use a seeded one).</summary>
    public DocumentHasher(ISaltSource saltSource)
    {
        ArgumentNullException.ThrowIfNull(saltSource);
        _saltSource = saltSource;
        _walker = new IssueWalker(_leafHasher);
        _disclosedWalker = new DisclosedWalker(_leafHasher);
    }

    /// <summary>The leaf hasher this instance uses (shares its pointer cache).</summary>
    public LeafHasher LeafHasher => _leafHasher;

    /// <summary>Gives every leaf a fresh salt and computes the document hash.</summary>
    /// <exception cref="DocumentHashingException">The document is empty or uses a '$' member name.</exception>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form.</exception>
    public HashedDocument Issue(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var utf8 = CompactJson.ToUtf8(document);
        int leaves;
        using (var parsed = CompactJson.Parse(utf8))
        {
            leaves = IssueWalker.CountLeaves(parsed.RootElement);
        }

        return new HashedDocument(document, _walker.Issue(utf8, DrawSalts(leaves)));
    }

    /// <summary>Whether the salt source may be drawn from any thread in any order (<see cref="ISaltSource.DrawsInAnyOrder"/>).</summary>
    internal bool DrawsInAnyOrder => _saltSource.DrawsInAnyOrder;

    /// <summary>
    /// Draws the salts of a document with <paramref name="leafCount"/> leaves in one call to the salt source.
    /// Unless the source draws in any order, issuing draws every document's salts one document after another
    /// (in batch order), so a seeded source gives the same salts on one core or many.
    /// </summary>
    internal byte[] DrawSalts(int leafCount)
    {
        var salts = new byte[leafCount * Salt.Size];
        _saltSource.Fill(salts);
        return salts;
    }

    /// <summary>
    /// Recomputes the hash of a disclosed document: markers contribute their hashes, every other leaf needs
    /// a salt under its exact pointer, and every salt must belong to a disclosed leaf.
    /// </summary>
    /// <exception cref="DocumentHashingException">A missing or unused salt, a malformed marker, a '$' name, an empty document.</exception>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form.</exception>
    public HashedDocument Recompute(JsonObject document, IReadOnlyDictionary<string, Salt> salts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(salts);
        return new HashedDocument(document, salts, Recompute(default, () => document, salts, listLeaves: false));
    }

    /// <summary>
    /// Recomputes the hash of a disclosed document from its UTF-8 text <paramref name="utf8"/> (a JSON object without
    /// repeated member names; empty: the compact text of <paramref name="tree"/>'s object is hashed), listing its
    /// leaves with their values when <paramref name="listLeaves"/>. <paramref name="tree"/> gives the document as an
    /// object, asked for only when the text has to be written or the one-pass walk cannot vouch for it.
    /// </summary>
    /// <exception cref="DocumentHashingException">A missing or unused salt, a malformed marker, a '$' name, an empty document.</exception>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form.</exception>
    internal RecomputedLeaves Recompute(ReadOnlySpan<byte> utf8, Func<JsonObject> tree, IReadOnlyDictionary<string, Salt> salts, bool listLeaves)
    {
        if (utf8.IsEmpty)
        {
            try
            {
                utf8 = CompactJson.ToUtf8(tree());
            }
            catch (Exception e) when (e is CanonicalJsonException or InvalidOperationException)
            {
                // A value with no JSON text, or nesting deeper than the writer goes: the tree walk hashes it, or
                // reports it or a problem it finds first.
                return RecomputeFromTree(tree(), salts, listLeaves);
            }
        }

        // The walk vouches for every well-formed document; the rest is refused by the tree walk, which says why.
        return _disclosedWalker.TryRecompute(utf8, salts, listLeaves) ?? RecomputeFromTree(tree(), salts, listLeaves);
    }

    // The precise path (FORMAT.md §3 step by step on the node tree): its refusals name the problem and its pointer.
    private RecomputedLeaves RecomputeFromTree(JsonObject document, IReadOnlyDictionary<string, Salt> salts, bool listLeaves)
    {
        RefuseEmpty(document);
        var leaves = DocumentFlattener.FlattenDisclosed(document);
        var disclosed = new List<(string Pointer, JsonNode? Value, Salt Salt)>(leaves.Count);
        var redacted = new List<Hash32>();
        foreach (var leaf in leaves)
        {
            if (leaf.IsRedacted)
            {
                redacted.AddRange(leaf.RedactedHashes!);
                continue;
            }

            if (!salts.TryGetValue(leaf.Pointer, out var salt))
            {
                throw new DocumentHashingException(
                    $"leaf '{leaf.Pointer}' has no salt; a disclosed value needs the salt it was issued with", leaf.Pointer);
            }

            disclosed.Add((leaf.Pointer, leaf.Value, salt));
        }

        if (salts.Count != disclosed.Count)
        {
            var used = new HashSet<string>(disclosed.Select(d => d.Pointer), StringComparer.Ordinal);
            var unused = salts.Keys.First(pointer => !used.Contains(pointer));
            throw new DocumentHashingException(
                $"salt for '{unused}' belongs to no disclosed leaf; remove it or restore the value it salted", unused);
        }

        var leafHashes = _leafHasher.HashAll(disclosed);
        var pointers = new string[disclosed.Count];
        var hashes = new byte[disclosed.Count * Hash32.Size];
        for (var i = 0; i < pointers.Length; i++)
        {
            pointers[i] = disclosed[i].Pointer;
            leafHashes[i].Bytes.CopyTo(hashes.AsSpan(i * Hash32.Size));
        }

        // A listed leaf's value is the report's own, not a node of the caller's document.
        var listed = listLeaves ? leaves.ConvertAll(leaf => leaf with { Value = leaf.Value?.DeepClone() }) : null;
        return new RecomputedLeaves(pointers, hashes, redacted, DocumentHashCombiner.Combine(hashes, redacted), listed);
    }

    private static void RefuseEmpty(JsonObject document)
    {
        if (document.Count == 0)
        {
            throw DocumentHashingException.EmptyDocument();
        }
    }
}
