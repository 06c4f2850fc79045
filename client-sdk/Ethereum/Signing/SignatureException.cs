namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>A key or signature is malformed or does not meet Ethereum's rules (range, low-s, recovery id).</summary>
public sealed class SignatureException : Exception
{
    /// <summary>Creates the exception with a one-line message saying what is wrong.</summary>
    public SignatureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SignatureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
