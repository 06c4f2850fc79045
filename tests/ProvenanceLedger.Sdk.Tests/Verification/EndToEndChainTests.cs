using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Tests.Documents;
using ProvenanceLedger.Sdk.Tests.Issuing;
using ProvenanceLedger.Sdk.Verification;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Verification;

[Collection(ChainCollection.Name)]
public class EndToEndChainTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task Issue_1000_certificates_verify_each_then_revoke_supersede_decide_and_verify_again()
    {
        using var bed = await RegistryScenario.DeployAsync(chain);
        var certificates = SampleBatches.Certificates(1000, bed.IssuerKey.Address);
        var issuer = new DocumentBatchIssuer(bed.IssuerKey, new RelayedAnchorSubmitter(bed.Relayer), new IssueOptions { MaxBatchSize = 600 }, new SeededSaltSource(1337));
        var bundles = await issuer.IssueAsync(certificates);
        var verifier = new DocumentVerifier(new ChainLedgerView(bed.Governance));

        var first = await VerifyAllAsync(verifier, bundles);

        Assert.All(first, r => Assert.Equal(Verdict.Valid, r.Verdict));
        Assert.Equal(2, bundles.Select(b => b.Batch.Root).Distinct().Count());
        var sample = first[123];
        Assert.Equal(new ReportAnchor((ulong)HardhatChainFixture.HardhatChainId, bed.Governance.Address, bundles[123].Anchor.TransactionHash,
            bundles[123].Anchor.BlockNumber, bundles[123].Anchor.BlockTime, bed.IssuerKey.Address), sample.Anchor);
        Assert.Equal((RegistryScenarioOptions.DefaultIssuerName, RegistryScenarioOptions.DefaultIssuerUri, AccreditationStatus.Active, bed.AccreditedUntil),
            (sample.Accreditation!.Name, sample.Accreditation.Uri, sample.Accreditation.Status, sample.Accreditation.ValidUntil));
        var beforeChanges = await bed.Rpc.BlockNumberAsync(CancellationToken.None);

        // Revoke certificate 10; supersede certificate 20 by a corrected one; customs release 30 and hold 40.
        await bed.Issuer.RevokeDocumentAsync(bundles[10].DocumentHash, bundles[10].Batch.Root, bundles[10].Batch.Proof, RevocationReason.IssuedInError);
        var corrected = SampleBatches.ReIssue(certificates[20], bed.IssuerKey.Address, [new ParentLink(bundles[20].DocumentHash, ParentRelation.Supersedes)]);
        var replacement = (await issuer.IssueAsync([corrected]))[0];
        await bed.Issuer.SupersedeAsync(bundles[20].DocumentHash, bundles[20].Batch.Root, bundles[20].Batch.Proof,
            replacement.DocumentHash, replacement.Batch.Root, replacement.Batch.Proof);
        await bed.Customs.RecordDecisionAsync(bundles[30].DocumentHash, CustomsDecision.Released, "CL-DIN-2026-000030");
        await bed.Customs.RecordDecisionAsync(bundles[40].DocumentHash, CustomsDecision.Held, "CL-DIN-2026-000040");

        var again = await VerifyAllAsync(verifier, bundles);

        Assert.Equal(998, again.Count(r => r.Verdict == Verdict.Valid));
        Assert.Equal([10, 20], again.Select((r, i) => (r, i)).Where(x => x.r.Verdict == Verdict.Invalid).Select(x => x.i));
        Assert.Equal([CheckNames.Revocation], FailedChecks(again[10]));
        Assert.Equal((RevocationScope.Document, RevocationReason.IssuedInError, bed.IssuerKey.Address),
            (again[10].Revocation!.Scope, again[10].Revocation!.Reason, again[10].Revocation!.RevokedBy));
        Assert.Equal([CheckNames.Supersession], FailedChecks(again[20]));
        Assert.Equal(replacement.DocumentHash, again[20].Supersession!.SupersededBy);
        Assert.Equal(CustomsDecision.Released, Assert.Single(again[30].Decisions).Decision);
        Assert.Contains(again[30].Warnings, w => w.StartsWith("Already released by the customs authority of CL", StringComparison.Ordinal));
        Assert.Equal(Verdict.Valid, again[30].Verdict);
        Assert.Equal(("CL", "CL-DIN-2026-000040", CustomsDecision.Held), (again[40].Decisions[0].Country, again[40].Decisions[0].Reference, again[40].Decisions[0].Decision));

        var newer = await verifier.VerifyAsync(replacement, new VerificationOptions { ParentBundles = [bundles[20]] });
        Assert.Equal(Verdict.Valid, newer.Verdict);
        Assert.Equal(Verdict.Invalid, Assert.Single(newer.Parents).Verdict);

        var past = await verifier.VerifyAsync(bundles[10], new VerificationOptions { AsOf = AsOf.AtBlock(beforeChanges) });
        Assert.Equal(Verdict.Valid, past.Verdict);
        Assert.Equal(beforeChanges, past.AsOf.BlockNumber);
        var byTime = await verifier.VerifyAsync(bundles[10], new VerificationOptions { AsOf = AsOf.AtTime(past.AsOf.BlockTime!.Value) });
        Assert.Equal(Verdict.Valid, byTime.Verdict);
    }

    private static async Task<VerificationReport[]> VerifyAllAsync(DocumentVerifier verifier, IReadOnlyList<ProofBundle> bundles)
    {
        var reports = new VerificationReport[bundles.Count];
        await Parallel.ForAsync(0, bundles.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
            reports[i] = await verifier.VerifyAsync(bundles[i], cancellationToken: ct));
        return reports;
    }

    private static IEnumerable<string> FailedChecks(VerificationReport report) =>
        report.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Name);
}
