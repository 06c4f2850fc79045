namespace ProvenanceLedger.Node.Ledger;

/// <summary>
/// Why the node's index cannot answer, as the SDK's <see cref="LedgerUnavailableException"/>: the same meaning
/// as a verifier's unreachable chain (retry later or ask another ledger), so the API answers 503 for both.
/// </summary>
internal static class IndexUnavailable
{
    /// <summary>The index has not stored its first block range.</summary>
    public static LedgerUnavailableException Empty() =>
        new("the index holds no block yet; wait until the node has read the chain (see /health/ready)");

    /// <summary>The node has not yet read which chain it follows.</summary>
    public static LedgerUnavailableException Unidentified() =>
        new("the node has not identified its chain yet; wait until it has read the chain (see /health/ready)");

    /// <summary>The index belongs to another chain than the one the node follows.</summary>
    public static LedgerUnavailableException Mismatched(string? problem) =>
        new($"the index does not match the chain the node follows ({problem}); it is not served until re-indexed");
}
