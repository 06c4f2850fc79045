using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Checks a document against the rules of the envelope and of its type, and returns every problem at
/// once. Custom types get the envelope rules only; their bodies are free JSON.
/// </summary>
public static class DocumentValidator
{
    /// <summary>Validates a document built in code; a value with no JSON text (a non-finite number, a lone surrogate) is a problem at its pointer.</summary>
    public static DocumentValidationResult Validate(TradeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ValidateText(() => CompactJson.Parse(CompactJson.ToUtf8(document, static (d, w) => d.WriteTo(w), static d => d.ToJson()), mayRepeatNames: false));
    }

    /// <summary>Validates document JSON, including an envelope too broken to read; a value with no JSON text or a repeated member name is a problem at its pointer.</summary>
    public static DocumentValidationResult Validate(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ValidateText(() => CompactJson.Parse(document));
    }

    // Validation reports problems rather than throwing them: text that cannot be written or parsed is one more.
    private static DocumentValidationResult ValidateText(Func<JsonDocument> parse)
    {
        JsonDocument parsed;
        try
        {
            parsed = parse();
        }
        catch (Canonical.CanonicalJsonException e)
        {
            return new DocumentValidationResult([new ValidationProblem(e.Pointer, e.Message)]);
        }

        using (parsed)
        {
            return Validate(parsed.RootElement);
        }
    }

    /// <summary>Validates a parsed document (the one reader behind both entry points above, and issuing's).</summary>
    internal static DocumentValidationResult Validate(JsonElement document)
    {
        var problems = new List<ValidationProblem>();
        // One reader, for problems only, reads the envelope and then the body.
        var reader = new JsonFieldReader(document, string.Empty, problems, problemsOnly: true);
        var envelope = EnvelopeReader.TryReadEnvelope(reader);
        if (envelope is not null && string.IsNullOrWhiteSpace(envelope.Issuer.Name))
        {
            problems.Add(new ValidationProblem("/issuer/name", "must name the issuer as it appears on the printed document"));
        }

        if (document.ValueKind == JsonValueKind.Object && document.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Object)
        {
            var type = envelope?.Type ?? TypeOf(document);
            var issuedOn = envelope is null ? (DateOnly?)null : DateOnly.FromDateTime(envelope.IssuedAt.UtcDateTime);
            if (type.IsWellKnown)
            {
                ValidateBody(type, reader, body, issuedOn);
            }
            else
            {
                ReservedNames.Report(body, BodyReading.Pointer, problems);
            }
        }

        return new DocumentValidationResult(problems);
    }

    /// <summary>The type of a document whose envelope has other problems, when its type member is readable.</summary>
    private static DocumentType TypeOf(JsonElement document) =>
        document.TryGetProperty("type", out var value) && value.ValueKind == JsonValueKind.String && DocumentType.TryParse(value.GetString()!, out var type)
            ? type
            : default;

    private static void ValidateBody(DocumentType type, JsonFieldReader reader, JsonElement body, DateOnly? issuedOn)
    {
        if (type == DocumentType.CertificateOfOrigin)
        {
            BodyReading.Read<CertificateOfOrigin>(reader, body, CertificateOfOrigin.Read, issuedOn);
        }
        else if (type == DocumentType.OriginDeclaration)
        {
            BodyReading.Read<OriginDeclaration>(reader, body, OriginDeclaration.Read, issuedOn);
        }
        else if (type == DocumentType.CommercialInvoice)
        {
            BodyReading.Read<CommercialInvoice>(reader, body, CommercialInvoice.Read, issuedOn);
        }
        else if (type == DocumentType.PhytosanitaryCertificate)
        {
            BodyReading.Read<PhytosanitaryCertificate>(reader, body, PhytosanitaryCertificate.Read, issuedOn);
        }
    }
}
