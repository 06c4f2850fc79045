using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The envelope members of a possibly redacted document, each null when redacted, missing or malformed.</summary>
internal sealed record EnvelopeView(string? Type, string? Id, string? IssuerAddress, string? IssuerName, string? IssuedAt, IReadOnlyList<ParentLink>? Parents)
{
    public DocumentType? DocumentType => global::ProvenanceLedger.Sdk.Documents.DocumentType.TryParse(Type, out var type) ? type : null;

    public Address? Issuer => Address.TryParse(IssuerAddress, out var address) ? address : null;

    public static EnvelopeView Of(JsonObject document)
    {
        var issuer = document["issuer"] as JsonObject;
        return new EnvelopeView(
            Text(document["type"]), Text(document["id"]), Text(issuer?["address"]), Text(issuer?["name"]), Text(document["issuedAt"]), ReadParents(document["parents"]));
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    // Null when the parents are redacted or malformed: the report then says they could not be followed.
    private static List<ParentLink>? ReadParents(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            return null;
        }

        var links = new List<ParentLink>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonObject link || RedactionMarker.IsMarker(link)
                || !Hash32.TryParse(Text(link["hash"]), out var hash)
                || !WireNames<ParentRelation>.TryParse(Text(link["relation"]), out var relation))
            {
                return null;
            }

            links.Add(new ParentLink(hash, relation));
        }

        return links;
    }
}
