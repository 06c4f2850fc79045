namespace ProvenanceLedger.Sdk.Registry;

/// <summary>Why an accreditation was suspended or ended (the registry's uint16 accreditation codes).</summary>
public enum AccreditationReason : ushort
{
    /// <summary>No reason (0 on chain; refused by the registry).</summary>
    None = 0,

    /// <summary>At the issuer's request.</summary>
    IssuerRequest = 1,

    /// <summary>Non-compliance.</summary>
    NonCompliance = 2,

    /// <summary>Fraud.</summary>
    Fraud = 3,

    /// <summary>The issuer's key was compromised.</summary>
    KeyCompromise = 4,

    /// <summary>Administrative.</summary>
    Administrative = 5,
}
