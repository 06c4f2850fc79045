using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

/// <summary>
/// A bundle read from a file is verified from its document's text: verifying builds no document tree, gives the
/// report the same fields as the tree would, and still sees a change made through <see cref="ProofBundle.Document"/>.
/// </summary>
public class ReadBundleVerificationTests
{
    private readonly OfflineIssuance _issue = new();

    [Fact]
    public async Task Verifying_a_read_bundle_leaves_its_document_text_untouched()
    {
        var written = ProofBundleWriter.Write(_issue.IssueCertificates(3)[1]);
        var bundle = ProofBundleReader.Read(written);

        var report = await _issue.Verifier().VerifyAsync(bundle);

        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.False(bundle.UntouchedDocumentUtf8.IsEmpty);
        Assert.Equal(written, ProofBundleWriter.Write(bundle));
    }

    [Fact]
    public async Task A_read_bundles_report_lists_the_fields_the_tree_walk_lists()
    {
        var issued = _issue.IssueCertificates(3)[2];
        var (document, salts) = new DocumentRedactor().Redact(issued.Document, issued.Salts, ["/body/exporter", "/id"]);
        var bundle = ProofBundleReader.Read(ProofBundleWriter.Write(issued with { Document = document, Salts = salts }));

        var report = await _issue.Verifier().VerifyAsync(bundle);

        var expected = DocumentFlattener.FlattenDisclosed(document).Select(leaf => leaf.IsRedacted
            ? $"{leaf.Pointer} redacted {leaf.RedactedHashes!.Count}"
            : $"{leaf.Pointer} {leaf.Value?.ToJsonString() ?? "null"}");
        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Equal(expected, report.Document.Fields.Select(f => f.Redacted
            ? $"{f.Pointer} redacted {f.HiddenLeaves}"
            : $"{f.Pointer} {f.Value?.ToJsonString() ?? "null"}"));
        Assert.Contains(expected, e => e.StartsWith("/body/exporter redacted ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_made_through_the_document_after_reading_fails_integrity()
    {
        var bundle = ProofBundleReader.Read(ProofBundleWriter.Write(_issue.IssueCertificates(2)[0]));
        var verifier = new OfflineBundleVerifier();
        Assert.Equal(CheckStatus.Pass, verifier.Verify(bundle).Integrity.Status);

        bundle.Document["body"]!["exporter"]!["name"] = "Someone Else";
        var after = verifier.Verify(bundle);

        Assert.True(bundle.UntouchedDocumentUtf8.IsEmpty);
        Assert.Equal(CheckStatus.Fail, after.Integrity.Status);
        Assert.StartsWith("The document and its salts hash to ", after.Integrity.Reason);
        Assert.EndsWith($"not to {bundle.DocumentHash} as the bundle says: a field, a salt or a redaction was changed.", after.Integrity.Reason);
    }

    [Fact]
    public void A_read_bundle_whose_document_cannot_be_hashed_fails_integrity_with_the_tree_walks_reason()
    {
        var issued = _issue.IssueCertificates(2)[0];
        var document = (JsonObject)issued.Document.DeepClone();
        document["body"]!["$note"] = "reserved";
        var bundle = ProofBundleReader.Read(ProofBundleWriter.Write(issued with { Document = document }));

        var integrity = new OfflineBundleVerifier().Verify(bundle).Integrity;

        Assert.Equal(CheckStatus.Fail, integrity.Status);
        Assert.Equal(
            "The document cannot be hashed: member name '$note' at '/body/$note' starts with '$', which is reserved for redaction markers; rename it.",
            integrity.Reason);
    }
}
