using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

public class DocumentVerifierTests
{
    private static readonly string[] AllChecks =
    [
        CheckNames.Integrity, CheckNames.Proof, CheckNames.Anchor, CheckNames.Signature, CheckNames.Accreditation,
        CheckNames.Revocation, CheckNames.Supersession, CheckNames.Parents, CheckNames.Decisions,
    ];

    private readonly OfflineIssuance _issue = new();

    [Fact]
    public async Task A_freshly_issued_certificate_is_VALID_with_every_check_passing()
    {
        var bundle = _issue.IssueCertificates(5)[3];

        var report = await _issue.Verifier().VerifyAsync(bundle);

        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Equal(AllChecks, report.Checks.Select(c => c.Name));
        Assert.All(report.Checks, c => Assert.Equal(CheckStatus.Pass, c.Status));
        Assert.Equal(new ReportAnchor(31337, OfflineIssuance.Registry, bundle.Anchor.TransactionHash, 100, InMemoryLedger.TimeOf(100), _issue.IssuerKey.Address), report.Anchor);
        Assert.Equal([new ReportSignature("issuer", _issue.IssuerKey.Address, true)], report.Signatures);
        Assert.Equal(new ReportAsOf(1000, InMemoryLedger.TimeOf(1000), "latest"), report.AsOf);
        Assert.Equal(("certificate-of-origin", bundle.DocumentHash), (report.Document.Type, report.Document.DocumentHash));
        Assert.Equal(bundle.Salts.Count, report.Document.Fields.Count);
        Assert.Equal(new ReportAccreditation("Test Chamber", "https://chamber.example", InMemoryLedger.TimeOf(1), InMemoryLedger.TimeOf(10_000), AccreditationStatus.Active), report.Accreditation);
        Assert.Equal("Anchored by " + _issue.IssuerKey.Address + " in block 100 at 2026-11-22 09:40:00 UTC on chain 31337.", report.Check(CheckNames.Anchor).Reason);
        Assert.Null(report.Revocation);
        var parent = Hash32.Parse((string)bundle.Document["parents"]![0]!["hash"]!);
        Assert.Equal([$"Parent {parent} (derived-from) was not provided, so it was not verified."], report.Warnings);
        Assert.Equal("0 of 1 parent(s) verified VALID; 1 not provided (reported, not fatal).", report.Check(CheckNames.Parents).Reason);
    }

    [Fact]
    public async Task One_changed_byte_in_a_field_fails_integrity()
    {
        var bundle = _issue.IssueCertificates(3)[0];
        var document = (JsonObject)bundle.Document.DeepClone();
        var id = (string)document["id"]!;
        document["id"] = id[..^1] + (id[^1] == '0' ? '1' : '0');

        var report = await _issue.Verifier().VerifyAsync(bundle with { Document = document });

        AssertFailsOnly(report, CheckNames.Integrity);
        Assert.StartsWith("The document and its salts hash to 0x", report.Check(CheckNames.Integrity).Reason, StringComparison.Ordinal);
        Assert.EndsWith($"not to {bundle.DocumentHash} as the bundle says: a field, a salt or a redaction was changed.", report.Check(CheckNames.Integrity).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_salt_fails_integrity()
    {
        var bundle = _issue.IssueCertificates(3)[1];
        var salts = new Dictionary<string, Salt>(bundle.Salts) { ["/id"] = new Salt(new byte[32]) };

        var report = await _issue.Verifier().VerifyAsync(bundle with { Salts = salts });

        AssertFailsOnly(report, CheckNames.Integrity);
    }

    [Fact]
    public async Task A_redacted_field_restored_with_another_value_fails_integrity_but_the_redacted_bundle_is_VALID()
    {
        var bundle = _issue.IssueCertificates(3)[2];
        var (redacted, salts) = new DocumentRedactor().Redact(bundle.Document, bundle.Salts, ["/body/exporter/name"]);
        var honest = bundle with { Document = redacted, Salts = salts };
        var restored = (JsonObject)redacted.DeepClone();
        restored["body"]!["exporter"]!["name"] = "Exportadora Falsa SpA";
        var forged = honest with { Document = restored, Salts = new Dictionary<string, Salt>(salts) { ["/body/exporter/name"] = bundle.Salts["/body/exporter/name"] } };

        var honestReport = await _issue.Verifier().VerifyAsync(honest);
        var forgedReport = await _issue.Verifier().VerifyAsync(forged);

        Assert.Equal(Verdict.Valid, honestReport.Verdict);
        var field = Assert.Single(honestReport.Document.Fields, f => f.Pointer == "/body/exporter/name");
        Assert.Equal(new ReportField("/body/exporter/name", null, true, 1), field);
        AssertFailsOnly(forgedReport, CheckNames.Integrity);
    }

    [Fact]
    public async Task The_proof_of_another_document_fails_the_proof_check()
    {
        var bundles = _issue.IssueCertificates(5);

        var report = await _issue.Verifier().VerifyAsync(bundles[0] with { Batch = bundles[1].Batch });

        AssertFailsOnly(report, CheckNames.Proof);
        Assert.EndsWith($"not to batch root {bundles[0].Batch.Root}: the proof belongs to another document or batch.", report.Check(CheckNames.Proof).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_root_never_anchored_fails_the_anchor_and_leaves_accreditation_unchecked()
    {
        var bundle = _issue.IssueCertificates(2, anchorBlock: null)[0];

        var report = await _issue.Verifier().VerifyAsync(bundle);

        Assert.Equal(Verdict.Invalid, report.Verdict);
        Assert.Equal(CheckStatus.Fail, report.Check(CheckNames.Anchor).Status);
        Assert.Equal($"Batch root {bundle.Batch.Root} is not anchored on registry {OfflineIssuance.Registry} (chain 31337) as of block 1000.", report.Check(CheckNames.Anchor).Reason);
        Assert.Equal(new CheckResult(CheckNames.Accreditation, CheckStatus.Unavailable, "Not checked: the batch is not anchored on this registry."), report.Check(CheckNames.Accreditation));
        Assert.Null(report.Anchor);
    }

    [Fact]
    public async Task A_signature_by_another_key_fails_the_signature_check()
    {
        var bundle = _issue.Issue(Issuing.SampleBatches.Certificates(2, _issue.IssuerKey.Address), signer: _issue.OtherKey)[0];

        var report = await _issue.Verifier().VerifyAsync(bundle);

        AssertFailsOnly(report, CheckNames.Signature);
        Assert.Equal($"The issuer signature was made by {_issue.OtherKey.Address}, not by {_issue.IssuerKey.Address} as the bundle says.", report.Check(CheckNames.Signature).Reason);
        Assert.Equal([new ReportSignature("issuer", _issue.IssuerKey.Address, false)], report.Signatures);
    }

    [Fact]
    public async Task An_issuer_not_accredited_at_the_anchoring_time_fails_accreditation()
    {
        var issue = new OfflineIssuance();
        var bundle = issue.IssueCertificates(1, anchorBlock: 20_000)[0];

        var report = await issue.Verifier().VerifyAsync(bundle, new VerificationOptions { AsOf = AsOf.AtBlock(20_001) });

        AssertFailsOnly(report, CheckNames.Accreditation);
        Assert.Equal($"{issue.IssuerKey.Address} was not accredited for certificate-of-origin at 2026-12-06 05:20:00 UTC, when the batch was anchored.", report.Check(CheckNames.Accreditation).Reason);
    }

    [Fact]
    public async Task A_revoked_document_fails_revocation_and_reports_who_and_why()
    {
        var bundle = _issue.IssueCertificates(3)[1];
        _issue.Ledger.Revoke(bundle.DocumentHash, RevocationReason.Fraud, _issue.IssuerKey.Address, 300);

        var report = await _issue.Verifier().VerifyAsync(bundle);

        AssertFailsOnly(report, CheckNames.Revocation);
        Assert.Equal(new ReportRevocation(RevocationScope.Document, RevocationReason.Fraud, _issue.IssuerKey.Address, 300, InMemoryLedger.TimeOf(300)), report.Revocation);
        Assert.Equal($"The document was revoked by {_issue.IssuerKey.Address} at 2026-11-22 13:00:00 UTC (block 300): fraud.", report.Check(CheckNames.Revocation).Reason);
    }

    [Fact]
    public async Task A_revoked_batch_fails_revocation_for_every_document_of_it()
    {
        var bundles = _issue.IssueCertificates(3);
        _issue.Ledger.Revoke(bundles[0].Batch.Root, RevocationReason.KeyCompromise, OfflineIssuance.Registry, 400);

        foreach (var bundle in bundles)
        {
            var report = await _issue.Verifier().VerifyAsync(bundle);

            AssertFailsOnly(report, CheckNames.Revocation);
            Assert.Equal(RevocationScope.Batch, report.Revocation!.Scope);
        }
    }

    [Fact]
    public async Task A_superseded_document_fails_supersession_and_names_the_newer_one()
    {
        var bundle = _issue.IssueCertificates(2)[0];
        var newer = Keccak256.Hash([1, 2, 3]);
        _issue.Ledger.Supersede(bundle.DocumentHash, newer, 500);

        var report = await _issue.Verifier().VerifyAsync(bundle);

        AssertFailsOnly(report, CheckNames.Supersession);
        Assert.Equal(new ReportSupersession(newer, 500, InMemoryLedger.TimeOf(500)), report.Supersession);
    }

    [Fact]
    public async Task An_unreachable_ledger_is_INDETERMINATE_and_never_INVALID()
    {
        var bundle = _issue.IssueCertificates(2)[0];
        _issue.Ledger.UnreachableBecause = "connection refused";

        var report = await _issue.Verifier().VerifyAsync(bundle);

        Assert.Equal(Verdict.Indeterminate, report.Verdict);
        Assert.DoesNotContain(report.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Equal(
            [CheckStatus.Pass, CheckStatus.Pass, CheckStatus.Unavailable, CheckStatus.Pass, CheckStatus.Unavailable, CheckStatus.Unavailable, CheckStatus.Unavailable, CheckStatus.Pass, CheckStatus.Unavailable],
            report.Checks.Select(c => c.Status));
        Assert.Equal("Could not ask the ledger: connection refused.", report.Check(CheckNames.Revocation).Reason);
        Assert.StartsWith("INDETERMINATE: certificate-of-origin ", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bundle_anchored_on_another_registry_is_INDETERMINATE_here()
    {
        var bundle = _issue.IssueCertificates(1)[0];
        var elsewhere = Address.Parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");

        var report = await new DocumentVerifier(new InMemoryLedger(elsewhere)).VerifyAsync(bundle);

        Assert.Equal(Verdict.Indeterminate, report.Verdict);
        Assert.Equal(
            $"The bundle is anchored on chain 31337, registry {OfflineIssuance.Registry}; this verifier reads chain 31337, registry {elsewhere}.",
            report.Check(CheckNames.Anchor).Reason);
        Assert.Equal(
            [CheckNames.Anchor, CheckNames.Accreditation, CheckNames.Revocation, CheckNames.Supersession, CheckNames.Decisions],
            report.Checks.Where(c => c.Status == CheckStatus.Unavailable).Select(c => c.Name));
    }

    [Fact]
    public async Task A_bundle_without_an_issuer_signature_fails_the_signature_check()
    {
        var bundle = _issue.IssueCertificates(1)[0];

        var report = await _issue.Verifier().VerifyAsync(bundle with { Signatures = [] });

        AssertFailsOnly(report, CheckNames.Signature);
        Assert.Equal("The bundle has 0 issuer signatures; it needs exactly one.", report.Check(CheckNames.Signature).Reason);
    }

    [Fact]
    public async Task As_of_a_block_before_the_revocation_the_document_was_VALID()
    {
        var bundle = _issue.IssueCertificates(2)[0];
        _issue.Ledger.Revoke(bundle.DocumentHash, RevocationReason.IssuedInError, _issue.IssuerKey.Address, 300);

        var before = await _issue.Verifier().VerifyAsync(bundle, new VerificationOptions { AsOf = AsOf.AtBlock(299) });
        var byTime = await _issue.Verifier().VerifyAsync(bundle, new VerificationOptions { AsOf = AsOf.AtTime(InMemoryLedger.TimeOf(300)) });
        var beforeAnchor = await _issue.Verifier().VerifyAsync(bundle, new VerificationOptions { AsOf = AsOf.AtBlock(99) });

        Assert.Equal(Verdict.Valid, before.Verdict);
        Assert.Equal(new ReportAsOf(299, InMemoryLedger.TimeOf(299), "block 299"), before.AsOf);
        Assert.Equal(Verdict.Invalid, byTime.Verdict);
        Assert.Equal(CheckStatus.Fail, beforeAnchor.Check(CheckNames.Anchor).Status);
    }

    [Fact]
    public async Task A_released_certificate_warns_of_a_second_clearance_and_stays_VALID()
    {
        var bundle = _issue.IssueCertificates(2)[1];
        var customs = Address.Parse("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
        _issue.Ledger.Decide(bundle.DocumentHash, CustomsDecision.Released, customs, "CL", "CL-DIN-2026-000123", 200);

        var report = await _issue.Verifier().VerifyAsync(bundle);

        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Equal([new ReportDecision(CustomsDecision.Released, customs, "CL", "CL-DIN-2026-000123", 200, InMemoryLedger.TimeOf(200))], report.Decisions);
        Assert.Contains(
            "Already released by the customs authority of CL at 2026-11-22 11:20:00 UTC (declaration CL-DIN-2026-000123): this certificate of origin is being presented for a second clearance.",
            report.Warnings);
    }

    [Fact]
    public async Task Parents_are_verified_recursively_and_a_missing_parent_is_reported_not_fatal()
    {
        var parents = _issue.IssueCertificates(2, seed: 5);
        var missing = Keccak256.Hash([9]);
        var child = Issuing.SampleBatches.ReIssue(Issuing.SampleBatches.Certificates(1, _issue.IssuerKey.Address, seed: 6)[0], _issue.IssuerKey.Address,
            [new ParentLink(parents[0].DocumentHash, ParentRelation.DerivedFrom), new ParentLink(missing, ParentRelation.Supports)]);
        var bundle = _issue.Issue([child], seed: 6)[0];

        var report = await _issue.Verifier().VerifyAsync(bundle, new VerificationOptions { ParentBundles = parents });

        Assert.Equal(Verdict.Valid, report.Verdict);
        Assert.Equal("1 of 2 parent(s) verified VALID; 1 not provided (reported, not fatal).", report.Check(CheckNames.Parents).Reason);
        Assert.Equal([$"Parent {missing} (supports) was not provided, so it was not verified."], report.Warnings);
        var parentReport = Assert.Single(report.Parents);
        Assert.Equal(Verdict.Valid, parentReport.Verdict);
        var grandparent = Hash32.Parse((string)parents[0].Document["parents"]![0]!["hash"]!);
        Assert.Equal([bundle.DocumentHash, parents[0].DocumentHash, grandparent, missing], report.Graph.Nodes.Select(n => n.Hash));
        Assert.Equal(new Verdict?[] { Verdict.Valid, Verdict.Valid, null, null }, report.Graph.Nodes.Select(n => n.Verdict));
        Assert.Equal(
            [
                new GraphEdge(bundle.DocumentHash, parents[0].DocumentHash, "derived-from"),
                new GraphEdge(parents[0].DocumentHash, grandparent, "derived-from"),
                new GraphEdge(bundle.DocumentHash, missing, "supports"),
            ],
            report.Graph.Edges);
    }

    [Fact]
    public async Task An_invalid_parent_fails_the_parents_check_but_a_parent_superseded_by_this_document_does_not()
    {
        var parents = _issue.IssueCertificates(2, seed: 5);
        var child = Issuing.SampleBatches.ReIssue(Issuing.SampleBatches.Certificates(1, _issue.IssuerKey.Address, seed: 6)[0], _issue.IssuerKey.Address,
            [new ParentLink(parents[0].DocumentHash, ParentRelation.Supersedes), new ParentLink(parents[1].DocumentHash, ParentRelation.DerivedFrom)]);
        var bundle = _issue.Issue([child], seed: 6)[0];
        _issue.Ledger.Supersede(parents[0].DocumentHash, bundle.DocumentHash, 150);

        var valid = await _issue.Verifier().VerifyAsync(bundle, new VerificationOptions { ParentBundles = parents });
        _issue.Ledger.Revoke(parents[1].DocumentHash, RevocationReason.Fraud, _issue.IssuerKey.Address, 160);
        var invalid = await _issue.Verifier().VerifyAsync(bundle, new VerificationOptions { ParentBundles = parents });

        Assert.Equal(Verdict.Valid, valid.Verdict);
        AssertFailsOnly(invalid, CheckNames.Parents);
        Assert.StartsWith($"Parent certificate-of-origin {(string)parents[1].Document["id"]!} is INVALID (The document was revoked by", invalid.Check(CheckNames.Parents).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declarant_co_signature_is_checked_and_shown_beside_the_issuer()
    {
        var bundle = _issue.IssueCertificates(2)[0];
        var signed = DocumentDeclaration.CoSign(bundle, DocumentType.CertificateOfOrigin.Id, _issue.OtherKey);
        var otherDocument = _issue.IssueCertificates(2)[1];
        var misplaced = bundle with { Signatures = [bundle.Signatures[0], DocumentDeclaration.CoSign(otherDocument, DocumentType.CertificateOfOrigin.Id, _issue.OtherKey).Signatures[1]] };

        var good = await _issue.Verifier().VerifyAsync(signed);
        var bad = await _issue.Verifier().VerifyAsync(misplaced);

        Assert.Equal(Verdict.Valid, good.Verdict);
        Assert.Equal(CheckNames.Declarant, good.Checks[^1].Name);
        Assert.Equal([new ReportSignature("issuer", _issue.IssuerKey.Address, true), new ReportSignature("declarant", _issue.OtherKey.Address, true)], good.Signatures);
        AssertFailsOnly(bad, CheckNames.Declarant);
        Assert.Equal($"The declarant {_issue.OtherKey.Address} declared document {otherDocument.DocumentHash}, not this one ({bundle.DocumentHash}).", bad.Check(CheckNames.Declarant).Reason);
    }

    [Fact]
    public async Task The_report_serialises_in_camelCase_with_upper_case_enum_strings_and_hex()
    {
        var bundle = _issue.IssueCertificates(1)[0];
        var report = await _issue.Verifier().VerifyAsync(bundle);

        var json = JsonNode.Parse(VerificationReportJson.Serialize(report))!;

        Assert.Equal("VALID", (string)json["verdict"]!);
        Assert.Equal("integrity", (string)json["checks"]![0]!["name"]!);
        Assert.Equal("PASS", (string)json["checks"]![0]!["status"]!);
        Assert.Equal(bundle.DocumentHash.ToString(), (string)json["document"]!["documentHash"]!);
        Assert.Equal(_issue.IssuerKey.Address.ToString(), (string)json["anchor"]!["issuer"]!);
        Assert.Equal("ACTIVE", (string)json["accreditation"]!["status"]!);
        Assert.Null(json["revocation"]);
        Assert.Equal(report.Checks, VerificationReportJson.Deserialize(VerificationReportJson.Serialize(report)).Checks);
    }

    private static void AssertFailsOnly(VerificationReport report, string check)
    {
        Assert.Equal(Verdict.Invalid, report.Verdict);
        Assert.Equal([check], report.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Name));
    }
}
