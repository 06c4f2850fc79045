namespace ProvenanceLedger.Node.Ledger;

/// <summary>Which accreditation event happened.</summary>
public enum AccreditationChange
{
    /// <summary>AccreditationGranted: a period [validFrom, validUntil) starts (cutting a running one).</summary>
    Granted = 1,

    /// <summary>AccreditationSuspended: the running period ends at the block time.</summary>
    Suspended = 2,

    /// <summary>AccreditationReinstated: a new period [validFrom, validUntil) starts.</summary>
    Reinstated = 3,

    /// <summary>AccreditationEnded: the running period ends at the block time, for good.</summary>
    Ended = 4,
}
