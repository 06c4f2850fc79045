using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Tests.Documents;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

/// <summary>Issue without a chain: documents are validated and hashed on every core, errors come in document order.</summary>
public class DocumentBatchIssuerValidationTests
{
    private static readonly EthereumKey IssuerKey = SampleBatches.IssuerKey;

    private static List<TradeDocument> Certificates(int count) => [.. SampleBatches.Certificates(count, IssuerKey.Address)];

    private static TradeDocument WithoutExporter(TradeDocument document)
    {
        var body = document.Body;
        body.Remove("exporter");
        return new TradeDocument(document.Type, document.Id, document.Issuer, document.IssuedAt, document.Parents, body);
    }

    private static TradeDocument WithBlankIssuerName(TradeDocument document) =>
        new(document.Type, document.Id, new DocumentIssuer(document.Issuer.Address, "  "), document.IssuedAt, document.Parents, document.Body);

    [Fact]
    public async Task Of_several_invalid_documents_the_first_in_order_is_reported_and_nothing_is_anchored()
    {
        var documents = Certificates(100);
        documents[80] = WithBlankIssuerName(documents[80]);
        documents[37] = WithoutExporter(documents[37]);
        var submitter = new RecordingSubmitter();

        var error = await Assert.ThrowsAsync<DocumentValidationException>(
            () => new DocumentBatchIssuer(IssuerKey, submitter).IssueAsync(documents));

        Assert.Equal([new ValidationProblem("/body/exporter", "is required but missing")], error.Problems);
        Assert.Equal(0, submitter.Submitted);
    }

    [Fact]
    public async Task A_foreign_issuer_before_the_first_invalid_document_is_reported_first()
    {
        var documents = Certificates(100);
        documents[37] = WithoutExporter(documents[37]);
        documents[20] = SampleBatches.ReIssue(documents[20], Address.Zero);

        var error = await Assert.ThrowsAsync<IssuingException>(
            () => new DocumentBatchIssuer(IssuerKey, new RecordingSubmitter()).IssueAsync(documents));

        Assert.StartsWith($"document 20 ({documents[20].Id}) names issuer {Address.Zero}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bundles_carry_the_hashes_salts_and_proofs_of_hashing_one_document_at_a_time()
    {
        var documents = Certificates(150);

        var bundles = await new DocumentBatchIssuer(IssuerKey, new RecordingSubmitter(), saltSource: new SeededSaltSource(11)).IssueAsync(documents);

        var hasher = new DocumentHasher(new SeededSaltSource(11));
        var expected = documents.Select(d => hasher.Issue(d.ToJson())).ToList();
        var tree = BatchMerkleTree.Build([.. expected.Select(h => h.DocumentHash)]);
        Assert.Equal(documents.Count, bundles.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(documents[i].ToJsonString(), bundles[i].Document.ToJsonString());
            Assert.Equal(expected[i].DocumentHash, bundles[i].DocumentHash);
            Assert.Equal(expected[i].Salts, bundles[i].Salts);
            Assert.Equal(new BatchInclusion(tree.Root, tree.ProofFor(i), documents.Count).Root, bundles[i].Batch.Root);
            Assert.Equal(tree.ProofFor(i), bundles[i].Batch.Proof);
        }
    }
}
