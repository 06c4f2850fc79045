namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// A document cannot be issued, redacted or verified as FORMAT.md §2–3 require: a reserved member name, a
/// missing or unused salt, a malformed redaction marker, a pointer that names nothing. <see cref="Pointer"/>
/// locates the problem.
/// </summary>
public sealed class DocumentHashingException : Exception
{
    /// <summary>Creates the exception; the message should say what is wrong and what to do.</summary>
    public DocumentHashingException(string message, string pointer)
        : base(message)
    {
        Pointer = pointer;
    }

    /// <summary>RFC 6901 pointer of the offending part ("" for the whole document).</summary>
    public string Pointer { get; }
}
