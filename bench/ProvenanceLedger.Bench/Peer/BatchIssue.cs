using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>A batch as issued: every document salted and hashed, the tree, and each document's proof.</summary>
internal sealed record IssuedBatch(IReadOnlyList<HashedDocument> Documents, BatchMerkleTree Tree, IReadOnlyList<IReadOnlyList<Hash32>> Proofs)
{
    public Hash32 Root => Tree.Root;
}

/// <summary>Our SDK's issue path for a batch, as the comparison calls it.</summary>
internal static class BatchIssue
{
    public static IssuedBatch Issue(IReadOnlyList<JsonObject> documents)
    {
        var hasher = new DocumentHasher();
        var hashed = new HashedDocument[documents.Count];
        var hashes = new Hash32[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            hashed[i] = hasher.Issue(documents[i]);
            hashes[i] = hashed[i].DocumentHash;
        }

        var tree = BatchMerkleTree.Build(hashes);
        var proofs = new IReadOnlyList<Hash32>[documents.Count];
        for (var i = 0; i < proofs.Length; i++)
        {
            proofs[i] = tree.ProofFor(i);
        }

        return new IssuedBatch(hashed, tree, proofs);
    }
}
