using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Tests.Documents;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

[Collection(ChainCollection.Name)]
public class DocumentBatchIssuerChainTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task Direct_issue_chunks_into_batches_and_returns_one_anchored_bundle_per_document_in_order()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var documents = SampleBatches.Certificates(25, bed.IssuerKey.Address);
        var issuer = bed.DocumentIssuer(new IssueOptions { MaxBatchSize = 10, BatchUri = "https://ccs.example/b" }, new SeededSaltSource(1337));
        var reported = new List<int>();

        var bundles = await issuer.IssueAsync(documents, progress: new SynchronousProgress(reported));

        Assert.Equal(25, bundles.Count);
        Assert.Equal([10, 20, 25], reported);
        Assert.Equal([10, 10, 5], bundles.GroupBy(b => b.Batch.Root).Select(g => g.Count()));
        var hasher = new DocumentHasher();
        for (var i = 0; i < bundles.Count; i++)
        {
            var bundle = bundles[i];
            Assert.Equal(documents[i].Id, (string?)bundle.Document["id"]);
            Assert.Equal(bundle.DocumentHash, hasher.Recompute(bundle.Document, bundle.Salts).DocumentHash);
            Assert.True(BatchMerkleTree.Verify(bundle.DocumentHash, bundle.Batch.Proof, bundle.Batch.Root));
            Assert.True(await bed.Governance.VerifyDocumentAsync(bundle.DocumentHash, bundle.Batch.Root, bundle.Batch.Proof));
            var signature = Assert.Single(bundle.Signatures);
            Assert.Equal(("issuer", bed.IssuerKey.Address), (signature.Role, signature.Signer));
            var message = AnchorBatchMessage.FromJson(signature.Data);
            Assert.Equal((bundle.Batch.Root, DocumentType.CertificateOfOrigin.Id, (uint)bundle.Batch.Size, "https://ccs.example/b"), (message.Root, message.DocType, message.Count, message.Uri));
            Assert.Equal(bed.IssuerKey.Address, message.RecoverSigner(EthereumSignature.FromBytes(signature.Signature.Span), bed.Domain));
            var batch = await bed.Governance.GetBatchAsync(bundle.Batch.Root);
            Assert.Equal((bundle.Anchor.BlockNumber, bundle.Anchor.BlockTime, bed.IssuerKey.Address), (batch.AnchoredBlock, batch.AnchoredAt, batch.Issuer));
            Assert.Equal(((ulong)HardhatChainFixture.HardhatChainId, bed.Governance.Address), (bundle.Anchor.ChainId, bundle.Anchor.Registry));
        }
    }

    [Fact]
    public async Task Relayed_issue_is_paid_by_the_relayer_and_consumes_one_nonce_per_batch()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var documents = SampleBatches.Certificates(3, bed.IssuerKey.Address, seed: 7);
        var issuer = new DocumentBatchIssuer(bed.IssuerKey, new RelayedAnchorSubmitter(bed.Relayer), new IssueOptions { MaxBatchSize = 2 });

        var bundles = await issuer.IssueAsync(documents);

        Assert.Equal(2, (int)await bed.Governance.NoncesAsync(bed.IssuerKey.Address));
        var receipt = await bed.Rpc.GetTransactionReceiptAsync(bundles[0].Anchor.TransactionHash, CancellationToken.None);
        Assert.Equal(bed.RelayerKey.Address, receipt!.From);
        Assert.Equal(["0", "1"], bundles.Select(b => (string)b.Signatures[0].Data["nonce"]!).Distinct());
    }

    [Fact]
    public async Task A_document_naming_another_issuer_is_refused_before_anything_is_anchored()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var documents = SampleBatches.Certificates(2, bed.OtherKey.Address);
        var issuer = bed.DocumentIssuer();

        var refused = await Assert.ThrowsAsync<IssuingException>(() => issuer.IssueAsync(documents));

        Assert.Equal(
            $"document 0 ({documents[0].Id}) names issuer {bed.OtherKey.Address}, but the signing key is {bed.IssuerKey.Address}; set the envelope's issuer.address to the signing key's address",
            refused.Message);
        Assert.Equal(0, (int)await bed.Governance.NoncesAsync(bed.IssuerKey.Address));
    }

    [Fact]
    public async Task An_unaccredited_issuer_gets_an_IssuingException_naming_the_registry_error()
    {
        using var bed = await RegistryScenario.DeployAsync(chain, new() { AccreditIssuer = false });
        var issuer = new DocumentBatchIssuer(bed.IssuerKey, new RelayedAnchorSubmitter(bed.Relayer));

        var refused = await Assert.ThrowsAsync<IssuingException>(() => issuer.IssueAsync(SampleBatches.Certificates(1, bed.IssuerKey.Address)));

        Assert.Contains("ProvenanceRegistryNotAccredited", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declarant_co_signs_the_document_hash_in_the_registry_domain()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var issuer = bed.DocumentIssuer();
        var bundle = (await issuer.IssueAsync(SampleBatches.Certificates(1, bed.IssuerKey.Address)))[0];

        var signed = DocumentDeclaration.CoSign(bundle, DocumentType.CertificateOfOrigin.Id, bed.OtherKey);

        var declarant = signed.Signatures[1];
        Assert.Equal((DocumentDeclaration.Role, bed.OtherKey.Address, "eip712"), (declarant.Role, declarant.Signer, declarant.Scheme));
        var declaration = DocumentDeclaration.FromJson(declarant.Data);
        Assert.Equal(new DocumentDeclaration(bundle.DocumentHash, DocumentType.CertificateOfOrigin.Id), declaration);
        Assert.Equal(bed.OtherKey.Address, declaration.ToTypedData(bed.Domain).Recover(EthereumSignature.FromBytes(declarant.Signature.Span)));
        Assert.Equal(bundle.Signatures[0], signed.Signatures[0]);
    }

    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}
