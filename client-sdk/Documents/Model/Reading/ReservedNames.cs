using System.Text.Json.Nodes;

using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Finds member names that begin with $, which FORMAT.md section 3 reserves for redaction markers.</summary>
internal static class ReservedNames
{
    /// <summary>Reports every reserved member name under <paramref name="node"/>, and every redaction marker as redacted.</summary>
    public static void Report(JsonNode? node, string pointer, List<ValidationProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj when obj.ContainsKey(JsonFieldReader.RedactionMarker):
                problems.Add(new ValidationProblem(pointer, JsonFieldReader.RedactedMessage));
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childPointer = JsonPointer.Append(pointer, name);
                    if (name.StartsWith('$'))
                    {
                        problems.Add(new ValidationProblem(childPointer, "member names beginning with $ are reserved for redaction markers; rename it"));
                    }
                    else
                    {
                        Report(child, childPointer, problems);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Report(array[i], JsonPointer.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), problems);
                }

                break;
        }
    }
}
