using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Finds member names that begin with $, which FORMAT.md section 3 reserves for redaction markers.</summary>
internal static class ReservedNames
{
    /// <summary>Reports every reserved member name under <paramref name="node"/>, and every redaction marker as redacted.</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="pointer">The pointer of <paramref name="node"/> in the document, the prefix of every pointer reported.</param>
    /// <param name="problems">Where problems go.</param>
    public static void Report(JsonNode? node, string pointer, List<ValidationProblem> problems) =>
        Walk(node, new Origin(node, pointer), problems);

    // Pointers are only built for problems: a valid document walks without making a string.
// Per leaf or per field of every document: fully optimised from the first call, so the first batch a process issues does not run tier-0 and instrumented code.
[MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Walk(JsonNode? node, Origin origin, List<ValidationProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj when obj.ContainsKey(JsonFieldReader.RedactionMarker):
                problems.Add(new ValidationProblem(origin.PointerOf(obj), JsonFieldReader.RedactedMessage));
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name.StartsWith('$'))
                    {
                        problems.Add(new ValidationProblem(
                            JsonPointer.Append(origin.PointerOf(obj), name), "member names beginning with $ are reserved for redaction markers; rename it"));
                    }
                    else
                    {
                        Walk(child, origin, problems);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, origin, problems);
                }

                break;
        }
    }

    /// <summary>The node the walk started from and its pointer in the document.</summary>
    private readonly record struct Origin(JsonNode? Start, string Pointer)
    {
        // The start node is an ancestor of (or is) the node, so its path from the root is a prefix of the node's.
        public string PointerOf(JsonNode node) => Pointer + JsonPointer.Of(node)[JsonPointer.Of(Start).Length..];
    }
}
