using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The chain-free half of issuing for document JSON taken as it is (no validation): every document salted and
/// hashed as <see cref="DocumentBatchIssuer"/> hashes it (salts drawn in the order given, on every core; the issuer
/// draws in batch order, documents grouped by type), the batch Merkle tree built and every document's proof taken
/// from it (O(N log N) in all).
/// </summary>
public sealed class PreparedBatch
{
    private PreparedBatch(IReadOnlyList<HashedDocument> documents, BatchMerkleTree tree)
    {
        Documents = documents;
        Tree = tree;
        Proofs = [.. Enumerable.Range(0, documents.Count).Select(tree.ProofFor)];
    }

    /// <summary>The hashed documents with their salts, in issue order.</summary>
    public IReadOnlyList<HashedDocument> Documents { get; }

    /// <summary>The batch tree.</summary>
    public BatchMerkleTree Tree { get; }

    /// <summary>Each document's Merkle proof, in issue order.</summary>
    public IReadOnlyList<IReadOnlyList<Hash32>> Proofs { get; }

    /// <summary>Hashes <paramref name="documents"/> (envelope JSON) with fresh salts from <paramref name="hasher"/>'s salt source and builds the tree.</summary>
    /// <exception cref="DocumentHashingException">A document is empty or uses a '$' member name (the first such document).</exception>
    /// <exception cref="Canonical.CanonicalJsonException">A value has no canonical form, or a member name repeats in one object (the first such document; the pointer is named).</exception>
    public static PreparedBatch Prepare(IReadOnlyList<JsonObject> documents, DocumentHasher hasher) =>
        Prepare(documents, hasher, Environment.ProcessorCount);

    /// <summary>As above, hashing on at most <paramref name="maxWorkers"/> workers.</summary>
    internal static PreparedBatch Prepare(IReadOnlyList<JsonObject> documents, DocumentHasher hasher, int maxWorkers)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(hasher);
        if (documents.Count == 0)
        {
            throw new IssuingException("a batch needs at least one document");
        }

        // One batch, in document order: a seeded source is drawn document after document.
        var prepared = IssuePreparation.Run(new JsonObjectInput(documents), [[.. Enumerable.Range(0, documents.Count)]], hasher, maxWorkers, CancellationToken.None);
        HashedDocument[] hashed = [.. prepared.Select((document, i) => new HashedDocument(documents[i], document.Leaves))];
        return new PreparedBatch(hashed, BatchMerkleTree.Build([.. hashed.Select(h => h.DocumentHash)]));
    }
}
