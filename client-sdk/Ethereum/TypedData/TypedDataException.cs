namespace ProvenanceLedger.Sdk.Ethereum.TypedData;

/// <summary>EIP-712 typed data is malformed: an unknown type, a missing field, or a value that does not fit its type.</summary>
public sealed class TypedDataException : Exception
{
    /// <summary>Creates the exception with a one-line message saying what is wrong.</summary>
    public TypedDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TypedDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
