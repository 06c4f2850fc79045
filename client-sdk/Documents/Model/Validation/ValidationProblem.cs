namespace ProvenanceLedger.Sdk.Documents;

/// <summary>One thing wrong with a document: where (RFC 6901 JSON Pointer, "" for the whole document) and what.</summary>
/// <param name="Pointer">The JSON Pointer of the member at fault, e.g. <c>/body/items/2/hsCode</c>.</param>
/// <param name="Message">What is wrong and what is expected, in plain words.</param>
public sealed record ValidationProblem(string Pointer, string Message)
{
    /// <summary>"pointer: message", or "document: message" for the document as a whole.</summary>
    public override string ToString() => $"{(Pointer.Length == 0 ? "document" : Pointer)}: {Message}";
}
