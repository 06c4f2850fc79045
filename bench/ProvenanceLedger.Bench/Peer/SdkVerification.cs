using System.Collections.Concurrent;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our SDK's verification straight against the chain (no node): DocumentVerifier over a ChainLedgerView.
/// Each verification holds a verifier of its own for its whole run: OfflineBundleVerifier says it is
/// thread-safe, but its DocumentHasher is not, and concurrent verifications on one instance were seen to
/// report valid documents as tampered (reported to the verification engine's owner).
/// </summary>
internal sealed class SdkVerification(RegistryClient registry)
{
    private readonly ConcurrentBag<DocumentVerifier> _idle = [];

    public async Task VerifyValidAsync(ProofBundle bundle, CancellationToken cancellationToken)
    {
        var verifier = _idle.TryTake(out var idle) ? idle : new DocumentVerifier(new ChainLedgerView(registry));
        try
        {
            var report = await verifier.VerifyAsync(bundle, cancellationToken: cancellationToken);
            if (report.Verdict != Verdict.Valid)
            {
                throw new InvalidOperationException($"the SDK found document {bundle.DocumentHash} {report.Verdict}: {report.Summary}");
            }
        }
        finally
        {
            _idle.Add(verifier);
        }
    }
}
