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

    /// <summary>A document with no member (FORMAT.md §3: a document has at least one leaf).</summary>
    internal static DocumentHashingException EmptyDocument() =>
        new("the document is empty; a document needs at least one member", "");

    /// <summary>A member name starting with '$' outside a redaction marker.</summary>
    internal static DocumentHashingException ReservedName(string name, string pointer) =>
        new($"member name '{name}' at '{pointer}' starts with '$', which is reserved for redaction markers; rename it", pointer);
}
