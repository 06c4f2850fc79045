namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// The full answer of a verification: the verdict, every check with its reason, and what the ledger says
/// about the document. Serialise with <see cref="VerificationReportJson"/> (camelCase, enums as
/// UPPER_SNAKE_CASE strings, hashes and addresses as hex).
/// </summary>
public sealed record VerificationReport
{
    /// <summary>VALID, INVALID or INDETERMINATE.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>One sentence for a person: the verdict and its main reason.</summary>
    public required string Summary { get; init; }

    /// <summary>The ledger state the answer is for.</summary>
    public required ReportAsOf AsOf { get; init; }

    /// <summary>The document as disclosed.</summary>
    public required ReportDocument Document { get; init; }

    /// <summary>Every check in <see cref="CheckNames"/> order.</summary>
    public required IReadOnlyList<CheckResult> Checks { get; init; }

    /// <summary>The anchor as the ledger reports it; null when not anchored or not determinable.</summary>
    public ReportAnchor? Anchor { get; init; }

    /// <summary>Every signature of the bundle.</summary>
    public required IReadOnlyList<ReportSignature> Signatures { get; init; }

    /// <summary>The issuer's accreditation; null when unknown.</summary>
    public ReportAccreditation? Accreditation { get; init; }

    /// <summary>The revocation of the document or its batch; null when not revoked.</summary>
    public ReportRevocation? Revocation { get; init; }

    /// <summary>The supersession; null when not superseded.</summary>
    public ReportSupersession? Supersession { get; init; }

    /// <summary>Customs decisions, oldest first.</summary>
    public required IReadOnlyList<ReportDecision> Decisions { get; init; }

    /// <summary>Things a relying party should know that do not make the document invalid.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The provenance graph of this document and its parents.</summary>
    public required ProvenanceGraph Graph { get; init; }

    /// <summary>The reports of the parents whose bundles were provided.</summary>
    public required IReadOnlyList<VerificationReport> Parents { get; init; }

    /// <summary>The check called <paramref name="name"/>.</summary>
    public CheckResult Check(string name) => Checks.Single(c => c.Name == name);
}
