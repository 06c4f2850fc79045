using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Tests.Documents;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

/// <summary>
/// Issued bundles keep their document as compact JSON text until someone asks for the object: the object,
/// the bundle file and equality must be as if the bundle held the document's JSON object.
/// </summary>
public class IssuedBundleDocumentTests
{
    private static readonly EthereumKey IssuerKey = SampleBatches.IssuerKey;

    private static readonly DocumentType PackingList = DocumentType.Parse("packing-list");

    // Text a writer escapes in different ways, and numbers whose written form must survive as written.
    private static TradeDocument AwkwardDocument(string id) => new(
        PackingList,
        id,
        new DocumentIssuer(IssuerKey.Address, "Exportadora Ñandú \"Sur\" <S.A.>"),
        new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero),
        [],
        new JsonObject
        {
            ["café"] = "naïve résumé – 東京 – 😀",
            ["quote\"back\\slash"] = "tab\tnew\nline\u2028sep & 'apos' + <tag>",
            ["control"] = "\u0001\u001f",
            ["weights"] = new JsonArray(1.50m, 0.1m, -0m, 12345678901234567890m, 2.5e-7),
            ["nested"] = new JsonObject { ["empty"] = new JsonObject(), ["none"] = new JsonArray(), ["flag"] = false, ["nothing"] = null },
        });

    [Fact]
    public async Task A_bundle_file_is_byte_identical_to_one_written_from_the_document_object()
    {
        List<TradeDocument> documents = [AwkwardDocument("PL-1"), .. SampleBatches.Certificates(20, IssuerKey.Address), AwkwardDocument("PL-2")];

        var bundles = await new DocumentBatchIssuer(IssuerKey, new RecordingSubmitter(), saltSource: new SeededSaltSource(5)).IssueAsync(documents);

        for (var i = 0; i < documents.Count; i++)
        {
            var fromObject = bundles[i] with { Document = documents[i].ToJson() };
            Assert.Equal(ProofBundleWriter.Write(fromObject), ProofBundleWriter.Write(bundles[i]));
        }
    }

    [Fact]
    public async Task The_document_object_is_made_once_equals_the_documents_json_and_its_changes_are_written()
    {
        var document = AwkwardDocument("PL-3");

        var bundle = (await new DocumentBatchIssuer(IssuerKey, new RecordingSubmitter()).IssueAsync([document]))[0];

        var first = await Task.Run(() => bundle.Document);
        Assert.Same(first, bundle.Document);
        Assert.True(JsonNode.DeepEquals(document.ToJson(), bundle.Document));
        Assert.Equal(document.ToJsonString(), bundle.Document.ToJsonString());
        bundle.Document["id"] = "PL-3-changed";
        Assert.Contains("\"id\": \"PL-3-changed\"", System.Text.Encoding.UTF8.GetString(ProofBundleWriter.Write(bundle)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bundles_compare_equal_when_they_share_the_document_and_unequal_otherwise()
    {
        var bundles = await new DocumentBatchIssuer(IssuerKey, new RecordingSubmitter()).IssueAsync([AwkwardDocument("PL-4"), AwkwardDocument("PL-5")]);

        Assert.Equal(bundles[0], bundles[0] with { });
        Assert.Equal((bundles[0] with { }).GetHashCode(), bundles[0].GetHashCode());
        Assert.NotEqual(bundles[0], bundles[1] with { Salts = bundles[0].Salts, DocumentHash = bundles[0].DocumentHash, Batch = bundles[0].Batch });
        var json = bundles[0].Document;
        Assert.Equal(bundles[0] with { Document = json }, bundles[0] with { Document = json });
        Assert.NotEqual(bundles[0] with { Document = json }, bundles[0] with { Document = (JsonObject)json.DeepClone() });
    }

    [Fact]
    public async Task A_value_with_no_canonical_form_is_refused_before_anything_is_anchored_after_earlier_invalid_documents()
    {
        var unhashable = new TradeDocument(PackingList, "PL-6", new DocumentIssuer(IssuerKey.Address, "Packer"), DateTimeOffset.UnixEpoch, [], new JsonObject { ["mark"] = "\ud800" });
        List<TradeDocument> documents = [.. SampleBatches.Certificates(40, IssuerKey.Address)];
        documents.Insert(30, unhashable);
        var submitter = new RecordingSubmitter();

        var error = await Assert.ThrowsAsync<CanonicalJsonException>(() => new DocumentBatchIssuer(IssuerKey, submitter).IssueAsync(documents));

        Assert.Contains("lone UTF-16 surrogate", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, submitter.Submitted);

        documents[35] = new TradeDocument(documents[35].Type, documents[35].Id, new DocumentIssuer(IssuerKey.Address, " "), documents[35].IssuedAt, [], documents[35].Body);
        var invalid = await Assert.ThrowsAsync<DocumentValidationException>(() => new DocumentBatchIssuer(IssuerKey, submitter).IssueAsync(documents));
        Assert.Equal("/issuer/name", Assert.Single(invalid.Problems).Pointer);
        Assert.Equal(0, submitter.Submitted);
    }
}
