using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// The documents <see cref="IssuePreparation"/> issues: how each is written as compact JSON, and what refuses
/// one before it is hashed. Every member may be called from any worker.
/// </summary>
internal abstract class IssueInput
{
    /// <summary>How many documents there are.</summary>
    public abstract int Count { get; }

    /// <summary>Whether each document's leaf hashes are wanted beside its document hash (they are garbage to an issuer).</summary>
    public virtual bool KeepsLeafHashes => false;

    /// <summary>Whether a document's text may repeat a member name, so parsing it must look for that (a JSON object
    /// parsed by the caller may; a <see cref="TradeDocument"/> refused repeats when it was made).</summary>
    public virtual bool MayRepeatNames => true;

    /// <summary>Writes document <paramref name="index"/> as compact JSON.</summary>
    public abstract void Write(int index, Utf8JsonWriter writer);

    /// <summary>Document <paramref name="index"/> as a tree, only made to explain a value that has no JSON text.</summary>
    public abstract JsonNode Explain(int index);

    /// <summary>
    /// Why document <paramref name="index"/> is not to be issued, or null to hash it; <paramref name="document"/>
    /// is its parsed text, null when it has none (a value with no JSON form, reported after every refusal).
    /// </summary>
    public abstract Exception? Refusal(int index, JsonElement? document);
}

/// <summary>Trade documents of one issuer: a document naming another issuer, or an invalid one, is refused.</summary>
internal sealed class TradeDocumentInput(IReadOnlyList<TradeDocument> documents, Address issuer) : IssueInput
{
    public override int Count => documents.Count;

    public override bool MayRepeatNames => false;

    public override void Write(int index, Utf8JsonWriter writer) => documents[index].WriteTo(writer);

    public override JsonNode Explain(int index) => documents[index].ToJson();

    public override Exception? Refusal(int index, JsonElement? document)
    {
        var trade = documents[index];
        if (trade.Issuer.Address != issuer)
        {
            return new IssuingException(
                $"document {index} ({trade.Id}) names issuer {trade.Issuer.Address}, but the signing key is {issuer}; set the envelope's issuer.address to the signing key's address");
        }

        return document is { } parsed && DocumentValidator.Validate(parsed) is { IsValid: false } result
            ? new DocumentValidationException(result.Problems)
            : null;
    }
}

/// <summary>Document JSON hashed as it is, without validation (<see cref="PreparedBatch"/>).</summary>
internal sealed class JsonObjectInput(IReadOnlyList<JsonObject> documents) : IssueInput
{
    public override int Count => documents.Count;

    public override bool KeepsLeafHashes => true;

    public override void Write(int index, Utf8JsonWriter writer) => documents[index].WriteTo(writer);

    public override JsonNode Explain(int index) => documents[index];

    public override Exception? Refusal(int index, JsonElement? document) => null;
}
