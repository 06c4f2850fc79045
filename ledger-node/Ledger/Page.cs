namespace ProvenanceLedger.Node.Ledger;

/// <summary>One page of a listing; pass <paramref name="NextCursor"/> back to get the next (null: last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
