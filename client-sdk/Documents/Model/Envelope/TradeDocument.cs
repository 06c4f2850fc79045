using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// A trade document: the envelope (type, id, issuer, issuedAt, parents) and a JSON body. It converts to
/// and from the document JSON that is hashed (FORMAT.md), member order type, id, issuer, issuedAt,
/// parents, body, and reading then writing a document gives back the same JSON. Immutable: the body is
/// copied in and out.
/// </summary>
public sealed class TradeDocument
{
    private readonly JsonObject _body;

    /// <summary>
    /// Creates a document; the body is copied. Throws <see cref="ArgumentException"/> for an empty id, and for a body
    /// that repeats a member name in one object (possible in an object parsed with <see cref="JsonNode.Parse(string, JsonNodeOptions?, System.Text.Json.JsonDocumentOptions)"/>'s
    /// defaults and not modified since): a document has each name once (FORMAT.md §1), and issuing relies on it.
    /// </summary>
    public TradeDocument(DocumentType type, string id, DocumentIssuer issuer, DateTimeOffset issuedAt, IEnumerable<ParentLink> parents, JsonObject body)
        : this(type, id, issuer, issuedAt, parents, WithoutRepeatedNames((JsonObject)(body ?? throw new ArgumentNullException(nameof(body))).DeepClone()), ownsBody: true)
    {
    }

    /// <summary>Takes <paramref name="body"/> without copying: the caller made it and keeps no reference.</summary>
    private TradeDocument(DocumentType type, string id, DocumentIssuer issuer, DateTimeOffset issuedAt, IEnumerable<ParentLink> parents, JsonObject body, bool ownsBody)
    {
        Debug.Assert(ownsBody, "only bodies nobody else holds are taken without a copy");
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(parents);
        if (type.Name is null)
        {
            throw new ArgumentException("the document type is required", nameof(type));
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("the document id (the issuer's reference) must not be empty", nameof(id));
        }

        Type = type;
        Id = id;
        Issuer = issuer;
        IssuedAt = issuedAt.ToUniversalTime();
        Parents = [.. parents];
        _body = body;
    }

    /// <summary>A document whose body's text was just parsed with repeated names refused (reading a whole document): the body is copied, not searched again.</summary>
    internal static TradeDocument FromCheckedBody(DocumentType type, string id, DocumentIssuer issuer, DateTimeOffset issuedAt, IEnumerable<ParentLink> parents, JsonObject body) =>
        new(type, id, issuer, issuedAt, parents, (JsonObject)body.DeepClone(), ownsBody: true);

    private static JsonObject WithoutRepeatedNames(JsonObject body)
    {
        byte[] utf8;
        try
        {
            utf8 = CompactJson.ToUtf8(body);
        }
        catch (Canonical.CanonicalJsonException)
        {
            // A value with no JSON text (a non-finite number, a lone surrogate) is left to validation and issuing,
            // which report it with the document's pointer; only repeated names are this constructor's to refuse.
            return body;
        }

        try
        {
            using var _ = CompactJson.Parse(utf8);
            return body;
        }
        catch (Canonical.CanonicalJsonException e)
        {
            throw new ArgumentException($"the body cannot be a document's: {e.Message} (pointer within the body)", nameof(body), e);
        }
    }

    /// <summary>The document type.</summary>
    public DocumentType Type { get; }

    /// <summary>The issuer's own reference for the document (certificate number).</summary>
    public string Id { get; }

    /// <summary>Who issued it.</summary>
    public DocumentIssuer Issuer { get; }

    /// <summary>When it was issued, in UTC.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>The documents it derives from, supersedes or is supported by, in order.</summary>
    public IReadOnlyList<ParentLink> Parents { get; }

    /// <summary>A copy of the body.</summary>
    public JsonObject Body => (JsonObject)_body.DeepClone();

    /// <summary>Creates a document of the body's type.</summary>
    public static TradeDocument Create(ITradeDocumentBody body, string id, DocumentIssuer issuer, DateTimeOffset issuedAt, IEnumerable<ParentLink>? parents = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new TradeDocument(body.Type, id, issuer, issuedAt, parents ?? [], body.ToJson(), ownsBody: true);
    }

    /// <summary>Reads the body as <typeparamref name="TBody"/>; throws <see cref="DocumentValidationException"/> when the type differs or the body breaks the type's rules.</summary>
    public TBody ReadBody<TBody>()
        where TBody : ITradeDocumentBody<TBody>
    {
        if (Type != TBody.DocumentType)
        {
            throw new DocumentValidationException([new ValidationProblem("/type", $"is {Type}, so the body cannot be read as {TBody.DocumentType}")]);
        }

        return TBody.FromJson(_body);
    }

    /// <summary>The document JSON (a new object each call).</summary>
    public JsonObject ToJson() => new()
    {
        ["type"] = Type.Name,
        ["id"] = Id,
        ["issuer"] = new JsonObject { ["address"] = Issuer.WrittenAddress, ["name"] = Issuer.Name },
        ["issuedAt"] = IssueTime.Format(IssuedAt),
        ["parents"] = Parents.ToJsonArray(p => new JsonObject { ["hash"] = p.Hash.ToString(), ["relation"] = p.RelationName }),
        ["body"] = _body.DeepClone(),
    };

    /// <summary>
    /// Writes the document JSON, the same members in the same order as <see cref="ToJson"/>, without making its
    /// tree: the body writes itself (a body read from text copies its parsed text). The issue time and the parents'
    /// hashes are formatted on the stack: issuing writes every document once, and a string each was its garbage.
    /// </summary>
    internal void WriteTo(Utf8JsonWriter writer)
    {
        Span<char> issuedAt = stackalloc char[IssueTime.MaxLength];
        Span<byte> hash = stackalloc byte[Hex.EncodedLength(Hash32.Size)];
        writer.WriteStartObject();
        writer.WriteString(EnvelopeNames.Type, Type.Name);
        writer.WriteString(EnvelopeNames.Id, Id);
        writer.WriteStartObject(EnvelopeNames.Issuer);
        writer.WriteString(EnvelopeNames.Address, Issuer.WrittenAddress);
        writer.WriteString(EnvelopeNames.Name, Issuer.Name);
        writer.WriteEndObject();
        writer.WriteString(EnvelopeNames.IssuedAt, issuedAt[..IssueTime.Format(IssuedAt, issuedAt)]);
        writer.WriteStartArray(EnvelopeNames.Parents);
        for (var i = 0; i < Parents.Count; i++)
        {
            var parent = Parents[i];
            writer.WriteStartObject();
            writer.WriteString(EnvelopeNames.Hash, Hex.EncodeUtf8(parent.Hash.Bytes, hash));
            writer.WriteString(EnvelopeNames.Relation, parent.RelationName);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName(EnvelopeNames.Body);
        _body.WriteTo(writer);
        writer.WriteEndObject();
    }

    // The envelope's member names, encoded once: issuing writes them for every document.
    private static class EnvelopeNames
    {
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Issuer = JsonEncodedText.Encode("issuer");
        public static readonly JsonEncodedText Address = JsonEncodedText.Encode("address");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText IssuedAt = JsonEncodedText.Encode("issuedAt");
        public static readonly JsonEncodedText Parents = JsonEncodedText.Encode("parents");
        public static readonly JsonEncodedText Hash = JsonEncodedText.Encode("hash");
        public static readonly JsonEncodedText Relation = JsonEncodedText.Encode("relation");
        public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    }

    /// <summary>The document as JSON text, compact or indented.</summary>
    public string ToJsonString(bool indented = false) => ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = indented });

    /// <summary>Reads a document from its JSON; throws <see cref="DocumentValidationException"/> listing every envelope problem.</summary>
    public static TradeDocument FromJson(JsonObject document) => EnvelopeReader.Read(document);

    /// <summary>Parses document JSON text (duplicate member names are refused); throws <see cref="DocumentValidationException"/>.</summary>
    public static TradeDocument Parse(string json) => FromJson(DocumentJson.ParseObject(json));

    /// <summary>Reads a document from a JSON file; throws <see cref="DocumentValidationException"/> for malformed content.</summary>
    public static async Task<TradeDocument> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(text);
    }
}
