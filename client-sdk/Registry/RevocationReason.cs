namespace ProvenanceLedger.Sdk.Registry;

/// <summary>Why a document or batch was revoked (the registry's uint16 revocation codes; any other code reverts).</summary>
public enum RevocationReason : ushort
{
    /// <summary>Not revoked (0 on chain).</summary>
    None = 0,

    /// <summary>Issued in error.</summary>
    IssuedInError = 1,

    /// <summary>Fraud.</summary>
    Fraud = 2,

    /// <summary>Replaced by a corrected document.</summary>
    ReplacedByCorrectedDocument = 3,

    /// <summary>Withdrawn at the issuer's or holder's request.</summary>
    Withdrawn = 4,

    /// <summary>The issuer's key was compromised.</summary>
    KeyCompromise = 5,

    /// <summary>Ordered by governance.</summary>
    GovernanceOrder = 6,
}
