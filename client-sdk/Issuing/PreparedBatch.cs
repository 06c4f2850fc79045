using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The chain-free half of issuing: every document canonicalised, salted and hashed, the batch Merkle tree
/// built and every document's proof taken from it (O(N log N) in all).
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

    /// <summary>Hashes <paramref name="documents"/> (envelope JSON) with fresh salts from <paramref name="hasher"/> and builds the tree.</summary>
    public static PreparedBatch Prepare(IReadOnlyList<JsonObject> documents, DocumentHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(hasher);
        if (documents.Count == 0)
        {
            throw new IssuingException("a batch needs at least one document");
        }

        var hashed = new HashedDocument[documents.Count];
        for (var i = 0; i < hashed.Length; i++)
        {
            hashed[i] = hasher.Issue(documents[i]);
        }

        return new PreparedBatch(hashed, BatchMerkleTree.Build([.. hashed.Select(h => h.DocumentHash)]));
    }
}
