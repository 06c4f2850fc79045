using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// The verification engine: checks a proof bundle completely — integrity, proof, anchor, signature,
/// accreditation at the anchoring time, revocation of the document or its batch, supersession, parents
/// (recursively, when their bundles are given), customs decisions and the declarant's co-signature — against
/// an <see cref="ILedgerView"/> as of a block or time. A ledger that cannot answer makes the affected checks
/// UNAVAILABLE and the verdict INDETERMINATE, never INVALID.
/// </summary>
public sealed class DocumentVerifier
{
    private readonly ILedgerView _ledger;
    private readonly OfflineBundleVerifier _offline;

    /// <summary>Creates a verifier reading <paramref name="ledger"/>; <paramref name="offline"/> may be shared to reuse its signature memory.</summary>
    public DocumentVerifier(ILedgerView ledger, OfflineBundleVerifier? offline = null)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _offline = offline ?? new OfflineBundleVerifier();
    }

    /// <summary>Verifies <paramref name="bundle"/> and returns the full report.</summary>
    public async Task<VerificationReport> VerifyAsync(ProofBundle bundle, VerificationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        options ??= new VerificationOptions();
        var run = await VerificationRun.StartAsync(_ledger, _offline, options, cancellationToken);
        return await run.VerifyAsync(bundle, depth: 0, cancellationToken);
    }
}
