using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Parses document text strictly: one JSON object, no duplicate member names, no comments or trailing commas.</summary>
public static class DocumentJson
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="json"/> as one JSON object; throws <see cref="DocumentValidationException"/> saying where the text is wrong.</summary>
    public static JsonObject ParseObject(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: Strict);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : string.Empty;
            throw new DocumentValidationException([new ValidationProblem(string.Empty, $"is not valid JSON{where}: {FirstSentence(e.Message)}")]);
        }

        return node as JsonObject
            ?? throw new DocumentValidationException([new ValidationProblem(string.Empty, "must be a JSON object with type, id, issuer, issuedAt, parents and body")]);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
