namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>A raw transaction cannot be decoded or does not meet Ethereum's rules.</summary>
public sealed class TransactionException : Exception
{
    /// <summary>Creates the exception with a one-line message saying what is wrong.</summary>
    public TransactionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TransactionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
