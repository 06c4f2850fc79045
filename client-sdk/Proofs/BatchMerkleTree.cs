using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Proofs;

/// <summary>
/// The batch Merkle tree of FORMAT.md §4: leaves node0 = keccak256(documentHash) in issue order, parents
/// keccak256(min(a,b) || max(a,b)), an odd last node carried up unchanged. Proofs verify with
/// OpenZeppelin's MerkleProof.verify (leaf = node0), which is what the registry contract calls.
/// </summary>
public sealed class BatchMerkleTree
{
    // _levels[0] holds the leaves, the last level holds only the root.
    private readonly Hash32[][] _levels;

    private BatchMerkleTree(Hash32[][] levels) => _levels = levels;

    /// <summary>The batch root.</summary>
    public Hash32 Root => _levels[^1][0];

    /// <summary>Number of documents in the batch.</summary>
    public int Size => _levels[0].Length;

    /// <summary>Builds every level once: O(N) hashes; each proof is then O(log N) to read.</summary>
    /// <exception cref="ArgumentException">The batch is empty.</exception>
    public static BatchMerkleTree Build(IReadOnlyList<Hash32> documentHashes)
    {
        ArgumentNullException.ThrowIfNull(documentHashes);
        if (documentHashes.Count == 0)
        {
            throw new ArgumentException("a batch needs at least one document hash", nameof(documentHashes));
        }

        var level = new Hash32[documentHashes.Count];
        for (var i = 0; i < level.Length; i++)
        {
            level[i] = LeafNode(documentHashes[i]);
        }

        var levels = new List<Hash32[]> { level };
        Span<byte> pair = stackalloc byte[2 * Hash32.Size];
        while (level.Length > 1)
        {
            var parents = new Hash32[(level.Length + 1) / 2];
            for (var i = 0; i + 1 < level.Length; i += 2)
            {
                parents[i / 2] = HashPair(level[i], level[i + 1], pair);
            }

            if (level.Length % 2 == 1)
            {
                parents[^1] = level[^1];
            }

            levels.Add(parents);
            level = parents;
        }

        return new BatchMerkleTree([.. levels]);
    }

    /// <summary>The tree leaf of a document: keccak256 of its 32-byte hash.</summary>
    public static Hash32 LeafNode(Hash32 documentHash) => Keccak256.Hash(documentHash.Bytes);

    /// <summary>The siblings from the bottom up for the document at <paramref name="index"/> (issue order).</summary>
    public IReadOnlyList<Hash32> ProofFor(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        var proof = new List<Hash32>(_levels.Length);
        for (var depth = 0; depth < _levels.Length - 1; depth++)
        {
            var sibling = index ^ 1;
            // A carried-up odd node has no sibling and contributes nothing.
            if (sibling < _levels[depth].Length)
            {
                proof.Add(_levels[depth][sibling]);
            }

            index /= 2;
        }

        return proof;
    }

    /// <summary>Folds <paramref name="proof"/> from node0 of <paramref name="documentHash"/> and compares with <paramref name="root"/>.</summary>
    public static bool Verify(Hash32 documentHash, IReadOnlyList<Hash32> proof, Hash32 root) =>
        ComputeRoot(documentHash, proof) == root;

    /// <summary>The root that <paramref name="proof"/> leads to from <paramref name="documentHash"/>.</summary>
    public static Hash32 ComputeRoot(Hash32 documentHash, IReadOnlyList<Hash32> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        Span<byte> pair = stackalloc byte[2 * Hash32.Size];
        var node = LeafNode(documentHash);
        foreach (var sibling in proof)
        {
            node = HashPair(node, sibling, pair);
        }

        return node;
    }

    private static Hash32 HashPair(Hash32 a, Hash32 b, Span<byte> scratch)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        low.Bytes.CopyTo(scratch);
        high.Bytes.CopyTo(scratch[Hash32.Size..]);
        return Keccak256.Hash(scratch);
    }
}
