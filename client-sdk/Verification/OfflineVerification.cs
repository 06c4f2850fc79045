using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// What a bundle proves by itself, without the ledger: integrity, proof, the issuer's signature and any
/// declarant co-signatures.
/// </summary>
public sealed record OfflineVerification(
    Hash32? ComputedHash,
    CheckResult Integrity,
    CheckResult Proof,
    CheckResult Signature,
    CheckResult? Declarant,
    Address? IssuerSigner,
    IReadOnlyList<ReportSignature> Signatures,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The document's fields for a report, when the verification was asked to list them.</summary>
    internal IReadOnlyList<ReportField>? Fields { get; init; }

    /// <summary>Whether every offline check passed.</summary>
    public bool Passed => Integrity.Status == CheckStatus.Pass && Proof.Status == CheckStatus.Pass
        && Signature.Status == CheckStatus.Pass && Declarant?.Status is null or CheckStatus.Pass;
}
