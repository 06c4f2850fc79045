namespace ProvenanceLedger.Sdk.Ethereum.Keystore;

/// <summary>A keystore cannot be read or opened: malformed JSON, unsupported parameters, or a wrong password.</summary>
public sealed class KeystoreException : Exception
{
    /// <summary>Creates the exception with a one-line message saying what is wrong and what to do.</summary>
    public KeystoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public KeystoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
