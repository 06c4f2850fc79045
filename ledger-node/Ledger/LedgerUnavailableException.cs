namespace ProvenanceLedger.Node.Ledger;

/// <summary>The index cannot answer: it belongs to another chain than the RPC now serves, or holds nothing yet.</summary>
public sealed class LedgerUnavailableException(string message) : Exception(message);
