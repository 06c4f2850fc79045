namespace ProvenanceLedger.Node.Ledger;

/// <summary>An (issuer, document type) accreditation's state, as the contract's enum.</summary>
public enum AccreditationStatus
{
    /// <summary>Never accredited.</summary>
    None = 0,

    /// <summary>Granted or reinstated (it may still have expired: check the periods).</summary>
    Active = 1,

    /// <summary>Suspended; may be reinstated.</summary>
    Suspended = 2,

    /// <summary>Ended for good; a new grant is needed.</summary>
    Ended = 3,
}
