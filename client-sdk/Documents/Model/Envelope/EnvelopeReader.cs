using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Reads the envelope strictly, so that writing it back reproduces the same JSON text.</summary>
internal static class EnvelopeReader
{
    /// <summary>Reads the envelope from the document's compact text; the body is copied from <paramref name="document"/>.</summary>
    public static TradeDocument Read(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<ValidationProblem>();
        using var parsed = CompactJson.ParseForReading(document);
        var envelope = TryReadEnvelope(parsed.RootElement, problems);
        return problems.Count == 0 && envelope is not null
            ? TradeDocument.FromCheckedBody(envelope.Type, envelope.Id, envelope.Issuer, envelope.IssuedAt, envelope.Parents, document["body"]!.AsObject())
            : throw new DocumentValidationException(problems);
    }

    /// <summary>The envelope's members as read, the body as it stands in the parsed text: validation needs no copy of the body.</summary>
    public static Envelope? TryReadEnvelope(JsonElement document, List<ValidationProblem> problems) =>
        TryReadEnvelope(new JsonFieldReader(document, string.Empty, problems));

    /// <summary>As above with <paramref name="reader"/>, a top-level reader of the document.</summary>
    public static Envelope? TryReadEnvelope(JsonFieldReader reader)
    {
        var type = reader.Parsed<DocumentType>("type", DocumentType.TryParse, DocumentType.TryParse, DocumentType.Expectation);
        var id = reader.Text("id");
        var issuer = reader.Object("issuer", ReadIssuer);
        var issuedAt = reader.Parsed<DateTimeOffset>("issuedAt", IssueTime.TryParse, IssueTime.TryParse,
            text => $"'{text}' is not a UTC time in the form {IssueTime.Example} (RFC 3339, upper-case T and Z, no offset, no trailing zeros in a fraction)");
        var parents = reader.Array("parents", ReadParent, allowEmpty: true);

        var body = reader.RawObject("body");
        reader.Finish();
        if (type is null || id is null || issuer is null || issuedAt is null || parents is null || body is null)
        {
            return null;
        }

        return new Envelope(type.Value, id, issuer, issuedAt.Value, parents, body.Value);
    }

    private static DocumentIssuer? ReadIssuer(JsonFieldReader reader)
    {
        var address = reader.Parsed<Address>("address", DocumentIssuer.TryParseAddress,
            text => $"'{text}' is not an account address; expected 0x followed by 40 hex digits, in one case or with a correct EIP-55 checksum");
        var name = reader.String("name", allowEmpty: true);
        // A reading for problems only keeps no second string of the address (see JsonFieldReader.Text).
        return address is null || name is null
            ? null
            : DocumentIssuer.AsWritten(address.Value, name, reader.WrittenText("address"));
    }

    private static ParentLink? ReadParent(JsonFieldReader reader, int index)
    {
        var hash = reader.Parsed<Hash32>("hash", TryParseHash, TryParseHash,
            text => $"'{text}' is not a document hash; expected 0x followed by 64 lower-case hex digits");
        var relation = reader.Enum<ParentRelation>("relation");
        return hash is null || relation is null ? null : new ParentLink(hash.Value, relation.Value);
    }

    /// <summary>The canonical spelling from its UTF-8, as the string overload reads it.</summary>
    private static bool TryParseHash(ReadOnlySpan<byte> utf8, bool standIn, out Hash32 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        var parsed = Hex.TryDecodeLowerUtf8(utf8, bytes);
        hash = parsed ? new Hash32(bytes) : default;
        return parsed;
    }

    /// <summary>Only the canonical spelling, so the text written back is the text read.</summary>
    private static bool TryParseHash(string text, out Hash32 hash)
    {
        Span<byte> bytes = stackalloc byte[Hash32.Size];
        var parsed = Hex.TryDecodeLower(text, bytes);
        hash = parsed ? new Hash32(bytes) : default;
        return parsed;
    }
}

/// <summary>A readable envelope; <see cref="Body"/> is the body in the document's parsed text, not a copy.</summary>
internal sealed record Envelope(DocumentType Type, string Id, DocumentIssuer Issuer, DateTimeOffset IssuedAt, IReadOnlyList<ParentLink> Parents, JsonElement Body);
