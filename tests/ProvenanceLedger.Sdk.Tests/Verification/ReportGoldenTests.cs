using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Verification;

/// <summary>
/// Golden/verification-report.json pins the report's JSON shape (the API and web page read it): a redacted,
/// co-signed certificate whose parent is given, with a customs release and a later revocation of its batch.
/// </summary>
public class ReportGoldenTests
{
    private static string GoldenPath => RepositoryRoot.Combine("tests", "ProvenanceLedger.Sdk.Tests", "Verification", "Golden", "verification-report.json");

    [Fact]
    public async Task The_report_of_a_seeded_scenario_serialises_exactly_as_the_golden_file()
    {
        var json = VerificationReportJson.Serialize(await ScenarioReportAsync(), indented: true) + "\n";

        if (!File.Exists(GoldenPath))
        {
            await File.WriteAllTextAsync(GoldenPath, json);
            Assert.Fail($"{GoldenPath} did not exist and was written; review it and commit it.");
        }

        Assert.Equal(await File.ReadAllTextAsync(GoldenPath), json);
    }

    [Fact]
    public async Task The_golden_file_reads_back_into_the_same_report()
    {
        var expected = await ScenarioReportAsync();

        var read = VerificationReportJson.Deserialize(await File.ReadAllTextAsync(GoldenPath));

        Assert.Equal(VerificationReportJson.Serialize(expected), VerificationReportJson.Serialize(read));
    }

    [Fact]
    public async Task Bundles_read_back_from_their_files_give_the_golden_report_byte_for_byte()
    {
        // What the node verifies: bundles parsed from their bytes, not the issuer's objects.
        var json = VerificationReportJson.Serialize(await ScenarioReportAsync(readBack: true), indented: true) + "\n";

        Assert.Equal(await File.ReadAllTextAsync(GoldenPath), json);
    }

    private static async Task<VerificationReport> ScenarioReportAsync(bool readBack = false)
    {
        var issue = new OfflineIssuance();
        var parent = issue.IssueCertificates(1, seed: 21)[0];
        var child = Issuing.SampleBatches.ReIssue(Issuing.SampleBatches.Certificates(1, issue.IssuerKey.Address, seed: 22)[0], issue.IssuerKey.Address,
            [new ParentLink(parent.DocumentHash, ParentRelation.DerivedFrom)]);
        var issued = issue.Issue([child], seed: 22)[0];
        var (document, salts) = new DocumentRedactor().Redact(issued.Document, issued.Salts, ["/body/importer", "/body/items/0/quantity"]);
        var bundle = DocumentDeclaration.CoSign(issued with { Document = document, Salts = salts }, DocumentType.CertificateOfOrigin.Id, issue.OtherKey);
        issue.Ledger.Decide(bundle.DocumentHash, CustomsDecision.Released, Address.Parse("0x90F79bf6EB2c4f870365E785982E1f101E93b906"), "CL", "CL-DIN-2026-000123", 200);
        issue.Ledger.Revoke(bundle.Batch.Root, RevocationReason.KeyCompromise, OfflineIssuance.Registry, 400);
        if (readBack)
        {
            (bundle, parent) = (ProofBundleReader.Read(ProofBundleWriter.Write(bundle)), ProofBundleReader.Read(ProofBundleWriter.Write(parent)));
        }

        return await issue.Verifier().VerifyAsync(bundle, new VerificationOptions { ParentBundles = [parent], AsOf = AsOf.AtBlock(500) });
    }
}
