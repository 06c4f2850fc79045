namespace ProvenanceLedger.Sdk.Audit;

/// <summary>The logs given to the audit digest cannot be folded as FORMAT.md section 7 requires.</summary>
public sealed class AuditDigestException(string message) : Exception(message);
