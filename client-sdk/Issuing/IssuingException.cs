namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>A batch could not be issued: the message says what is wrong and what to do.</summary>
public sealed class IssuingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IssuingException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
