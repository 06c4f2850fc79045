namespace ProvenanceLedger.Node.Ledger;

/// <summary>The block a query was answered at, and its time.</summary>
/// <param name="BlockNumber">The newest block whose events the answer includes.</param>
/// <param name="BlockTime">That block's timestamp (UTC).</param>
public sealed record LedgerPoint(ulong BlockNumber, DateTimeOffset BlockTime);
