namespace ProvenanceLedger.Sdk.Registry;

/// <summary>The registry answered something the client cannot use (an unknown event, an out-of-range value).</summary>
public sealed class RegistryException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and what to do.</summary>
    public RegistryException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
