namespace ProvenanceLedger.Sdk.Canonical;

/// <summary>
/// JSON that cannot be parsed strictly or written canonically (RFC 8785): a duplicate member, a number
/// outside IEEE-754 double range, a lone surrogate. <see cref="Pointer"/> locates the offending value.
/// </summary>
public sealed class CanonicalJsonException : Exception
{
    /// <summary>Creates the exception; the message should say what is wrong and what to do.</summary>
    public CanonicalJsonException(string message, string pointer)
        : base(message)
    {
        Pointer = pointer;
    }

    /// <summary>RFC 6901 pointer of the offending value ("" for the whole text).</summary>
    public string Pointer { get; }
}
