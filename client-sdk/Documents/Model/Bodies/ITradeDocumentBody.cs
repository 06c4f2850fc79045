using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>A typed document body that knows its document type and writes its JSON.</summary>
public interface ITradeDocumentBody
{
    /// <summary>The document type this body belongs to.</summary>
    DocumentType Type { get; }

    /// <summary>The body JSON (a new object each call), optional members left out when absent.</summary>
    JsonObject ToJson();
}

/// <summary>A typed body that can also be read back from JSON.</summary>
/// <typeparam name="TSelf">The body type itself.</typeparam>
public interface ITradeDocumentBody<TSelf> : ITradeDocumentBody
    where TSelf : ITradeDocumentBody<TSelf>
{
    /// <summary>The document type of every body of this kind.</summary>
    static abstract DocumentType DocumentType { get; }

    /// <summary>
    /// Reads a body, checking every rule that needs only the body (shapes, codes, quantities, totals);
    /// rules that need the envelope (date order against the issue date) are checked by
    /// <see cref="DocumentValidator"/>. Throws <see cref="DocumentValidationException"/> listing every
    /// problem, with pointers under <c>/body</c>.
    /// </summary>
    static abstract TSelf FromJson(JsonObject body);
}
