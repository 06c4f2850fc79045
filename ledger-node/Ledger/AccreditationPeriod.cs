namespace ProvenanceLedger.Node.Ledger;

/// <summary>A window [From, Until) in which the issuer was accredited, as the contract's periods.</summary>
public sealed record AccreditationPeriod(DateTimeOffset From, DateTimeOffset Until)
{
    /// <summary>True when <paramref name="time"/> is inside [From, Until).</summary>
    public bool Contains(DateTimeOffset time) => time >= From && time < Until;
}
