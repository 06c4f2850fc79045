using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Tests.Proofs;

public class BatchMerkleTreeTests
{
    public static TheoryData<int> Batches => Format1Vectors.Indices("batches");

    [Theory]
    [MemberData(nameof(Batches))]
    public void Build_reproduces_the_vector_root_and_every_proof(int index)
    {
        var vector = Format1Vectors.Section("batches")[index]!;
        var hashes = vector["input"]!["documentHashes"]!.AsArray().Select(h => Hash32.Parse(h!.GetValue<string>())).ToList();
        var expectedProofs = vector["expected"]!["proofs"]!.AsArray();

        var tree = BatchMerkleTree.Build(hashes);

        Assert.Equal(vector["expected"]!["root"]!.GetValue<string>(), tree.Root.ToString());
        Assert.Equal(hashes.Count, tree.Size);
        for (var i = 0; i < hashes.Count; i++)
        {
            Assert.Equal(
                expectedProofs[i]!.AsArray().Select(p => p!.GetValue<string>()),
                tree.ProofFor(i).Select(p => p.ToString()));
            Assert.True(BatchMerkleTree.Verify(hashes[i], tree.ProofFor(i), tree.Root));
        }
    }

    [Fact]
    public void Batch_of_one_has_node0_as_root_and_an_empty_proof()
    {
        var hash = Keccak256.Hash("one"u8);

        var tree = BatchMerkleTree.Build([hash]);

        Assert.Equal(Keccak256.Hash(hash.Bytes), tree.Root);
        Assert.Empty(tree.ProofFor(0));
    }

    [Fact]
    public void Verify_rejects_another_document_a_changed_sibling_and_another_root()
    {
        var random = new Random(1337);
        var hashes = Enumerable.Range(0, 37).Select(_ => RandomHash(random)).ToList();
        var tree = BatchMerkleTree.Build(hashes);
        var proof = tree.ProofFor(11);
        var changed = proof.ToList();
        changed[2] = RandomHash(random);

        Assert.True(BatchMerkleTree.Verify(hashes[11], proof, tree.Root));
        Assert.False(BatchMerkleTree.Verify(hashes[12], proof, tree.Root));
        Assert.False(BatchMerkleTree.Verify(hashes[11], changed, tree.Root));
        Assert.False(BatchMerkleTree.Verify(hashes[11], proof, RandomHash(random)));
        Assert.False(BatchMerkleTree.Verify(tree.Root, [], tree.Root));
    }

    [Fact]
    public void Every_proof_of_random_batches_verifies_and_has_logarithmic_length()
    {
        var random = new Random(1337);
        for (var size = 1; size <= 70; size++)
        {
            var hashes = Enumerable.Range(0, size).Select(_ => RandomHash(random)).ToList();
            var tree = BatchMerkleTree.Build(hashes);
            var maxLength = (int)Math.Ceiling(Math.Log2(size));

            for (var i = 0; i < size; i++)
            {
                var proof = tree.ProofFor(i);
                Assert.True(proof.Count <= maxLength);
                Assert.Equal(tree.Root, BatchMerkleTree.ComputeRoot(hashes[i], proof));
            }
        }
    }

    [Fact]
    public void Build_refuses_an_empty_batch()
    {
        var error = Assert.Throws<ArgumentException>(() => BatchMerkleTree.Build([]));

        Assert.StartsWith("a batch needs at least one document hash", error.Message);
    }

    private static Hash32 RandomHash(Random random)
    {
        var bytes = new byte[Hash32.Size];
        random.NextBytes(bytes);
        return new Hash32(bytes);
    }
}
