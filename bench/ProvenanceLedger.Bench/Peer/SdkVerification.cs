using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our SDK's verification straight against the chain (no node): one DocumentVerifier over a
/// ChainLedgerView, shared by every verification in flight, as an application would hold it.
/// </summary>
internal sealed class SdkVerification(RegistryClient registry)
{
    private readonly DocumentVerifier _verifier = new(new ChainLedgerView(registry));

    public async Task VerifyValidAsync(ProofBundle bundle, CancellationToken cancellationToken)
    {
        var report = await _verifier.VerifyAsync(bundle, cancellationToken: cancellationToken);
        if (report.Verdict != Verdict.Valid)
        {
            throw new InvalidOperationException($"the SDK found document {bundle.DocumentHash} {report.Verdict}: {report.Summary}");
        }
    }
}
