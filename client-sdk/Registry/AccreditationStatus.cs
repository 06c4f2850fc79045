namespace ProvenanceLedger.Sdk.Registry;

/// <summary>The registry's <c>AccreditationStatus</c> of an issuer for one document type.</summary>
public enum AccreditationStatus : byte
{
    /// <summary>Never accredited for this type.</summary>
    None = 0,

    /// <summary>Accredited; may anchor while the window is open.</summary>
    Active = 1,

    /// <summary>Suspended by governance; may be reinstated.</summary>
    Suspended = 2,

    /// <summary>Ended by governance; a new grant is needed.</summary>
    Ended = 3,
}
