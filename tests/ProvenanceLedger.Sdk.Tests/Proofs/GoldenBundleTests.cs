using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Tests.Proofs;

public class GoldenBundleTests
{
    [Fact]
    public void Writer_reproduces_the_golden_file_byte_for_byte()
    {
        var written = ProofBundleWriter.Write(GoldenBundleInputs.Build());

        Assert.Equal(File.ReadAllText(GoldenBundleInputs.GoldenPath), System.Text.Encoding.UTF8.GetString(written));
    }

    [Fact]
    public async Task Reader_reads_the_golden_file_into_the_same_bundle()
    {
        var expected = GoldenBundleInputs.Build();

        var bundle = await ProofBundleReader.ReadFileAsync(GoldenBundleInputs.GoldenPath, CancellationToken.None);

        Assert.Equal(expected.Document.ToJsonString(), bundle.Document.ToJsonString());
        Assert.Equal(expected.Salts, bundle.Salts);
        Assert.Equal(expected.DocumentHash, bundle.DocumentHash);
        Assert.Equal(expected.Batch.Root, bundle.Batch.Root);
        Assert.Equal(expected.Batch.Proof, bundle.Batch.Proof);
        Assert.Equal(6, bundle.Batch.Size);
        Assert.Equal(expected.Anchor, bundle.Anchor);
        var signature = Assert.Single(bundle.Signatures);
        Assert.Equal("issuer", signature.Role);
        Assert.Equal("0x6460B03b20ac0787d37c900d872D050d407cB08F", signature.Signer.ToString());
        Assert.Equal(expected.Signatures[0].Signature.ToArray(), signature.Signature.ToArray());
        Assert.Equal(expected.Signatures[0].Data.ToJsonString(), signature.Data.ToJsonString());
    }

    [Fact]
    public async Task Golden_bundle_recomputes_its_hash_and_folds_to_its_root()
    {
        var bundle = await ProofBundleReader.ReadFileAsync(GoldenBundleInputs.GoldenPath, CancellationToken.None);

        var recomputed = new DocumentHasher().Recompute(bundle.Document, bundle.Salts).DocumentHash;

        Assert.Equal(bundle.DocumentHash, recomputed);
        Assert.True(BatchMerkleTree.Verify(recomputed, bundle.Batch.Proof, bundle.Batch.Root));
    }

    [Fact]
    public async Task Read_then_write_gives_back_the_same_bytes()
    {
        var original = await File.ReadAllBytesAsync(GoldenBundleInputs.GoldenPath);

        Assert.Equal(original, ProofBundleWriter.Write(ProofBundleReader.Read(original)));
    }
}
