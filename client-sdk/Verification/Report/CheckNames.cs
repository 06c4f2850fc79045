namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The names of the checks, as they appear in <see cref="CheckResult.Name"/>, in report order.</summary>
public static class CheckNames
{
    /// <summary>The document hash recomputed from the (possibly redacted) document and its salts.</summary>
    public const string Integrity = "integrity";

    /// <summary>The Merkle path from the document to the batch root.</summary>
    public const string Proof = "proof";

    /// <summary>The root is anchored on the named chain and registry, by the document's issuer.</summary>
    public const string Anchor = "anchor";

    /// <summary>The issuer's EIP-712 AnchorBatch signature recovers to the anchoring issuer.</summary>
    public const string Signature = "signature";

    /// <summary>The issuer was accredited for the document type when the batch was anchored.</summary>
    public const string Accreditation = "accreditation";

    /// <summary>Neither the document nor its batch is revoked.</summary>
    public const string Revocation = "revocation";

    /// <summary>The document is not superseded by a newer one.</summary>
    public const string Supersession = "supersession";

    /// <summary>Each parent document given is itself valid (missing parents are reported, not fatal).</summary>
    public const string Parents = "parents";

    /// <summary>Customs decisions recorded on the document.</summary>
    public const string Decisions = "decisions";

    /// <summary>The exporter's declaration co-signature over the document hash (only when the bundle has one).</summary>
    public const string Declarant = "declarant";
}
