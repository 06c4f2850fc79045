namespace ProvenanceLedger.Node.Ledger;

/// <summary>The index cannot answer: it belongs to another chain than the RPC now serves, or holds nothing yet.</summary>
public sealed class LedgerUnavailableException(string message) : Exception(message)
{
    /// <summary>The index has not stored its first block range.</summary>
    internal static LedgerUnavailableException Empty() =>
        new("the index holds no block yet; wait until the node has read the chain (see /health/ready)");

    /// <summary>The index belongs to another chain than the one the node follows.</summary>
    internal static LedgerUnavailableException Mismatched(string? problem) =>
        new($"the index does not match the chain the node follows ({problem}); it is not served until re-indexed");
}
