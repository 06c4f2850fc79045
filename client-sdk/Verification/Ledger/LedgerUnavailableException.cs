namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The ledger could not answer (chain unreachable, rate limited, index not synced); checks that needed it are UNAVAILABLE.</summary>
public sealed class LedgerUnavailableException : Exception
{
    /// <summary>Creates the exception; the message says what could not be reached and why.</summary>
    public LedgerUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
