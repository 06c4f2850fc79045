using System.Buffers;
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

        // Each level is hashed as one run of messages (32-byte hashes, then 64-byte sorted pairs), several at once,
        // in scratch rented for the build: only the levels' Hash32 arrays stay.
        var count = documentHashes.Count;
        var length = count * Hash32.Size;
        var nodes = ArrayPool<byte>.Shared.Rent(length);
        var next = ArrayPool<byte>.Shared.Rent(length);
        var pairs = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < count; i++)
            {
                documentHashes[i].Bytes.CopyTo(nodes.AsSpan(i * Hash32.Size));
            }

            Keccak256Batch.HashEach(nodes.AsSpan(0, length), Hash32.Size, next);
            (nodes, next) = (next, nodes);
            var levels = new List<Hash32[]> { ToHashes(nodes, count) };
            while (count > 1)
            {
                var pairBytes = count / 2 * 2 * Hash32.Size;
                SortPairs(nodes.AsSpan(0, pairBytes), pairs);
                Keccak256Batch.HashEach(pairs.AsSpan(0, pairBytes), 2 * Hash32.Size, next);
                if (count % 2 == 1)
                {
                    // The odd last node is carried up unchanged.
                    nodes.AsSpan(pairBytes, Hash32.Size).CopyTo(next.AsSpan(pairBytes / 2));
                }

                count = (count + 1) / 2;
                (nodes, next) = (next, nodes);
                levels.Add(ToHashes(nodes, count));
            }

            return new BatchMerkleTree([.. levels]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(nodes);
            ArrayPool<byte>.Shared.Return(next);
            ArrayPool<byte>.Shared.Return(pairs);
        }
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

    // Copies each pair of nodes into pairs as min(a,b) || max(a,b).
    private static void SortPairs(ReadOnlySpan<byte> nodes, Span<byte> pairs)
    {
        for (var at = 0; at < nodes.Length; at += 2 * Hash32.Size)
        {
            var a = nodes.Slice(at, Hash32.Size);
            var b = nodes.Slice(at + Hash32.Size, Hash32.Size);
            var aFirst = a.SequenceCompareTo(b) <= 0;
            a.CopyTo(pairs[(aFirst ? at : at + Hash32.Size)..]);
            b.CopyTo(pairs[(aFirst ? at + Hash32.Size : at)..]);
        }
    }

    private static Hash32[] ToHashes(byte[] nodes, int count)
    {
        var hashes = new Hash32[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = new Hash32(nodes.AsSpan(i * Hash32.Size, Hash32.Size));
        }

        return hashes;
    }

    private static Hash32 HashPair(Hash32 a, Hash32 b, Span<byte> scratch)
    {
        var (low, high) = a <= b ? (a, b) : (b, a);
        low.Bytes.CopyTo(scratch);
        high.Bytes.CopyTo(scratch[Hash32.Size..]);
        return Keccak256.Hash(scratch);
    }
}
