using System.Globalization;
using System.Text;
using System.Text.Json;

using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Finds member names that begin with $, which FORMAT.md section 3 reserves for redaction markers.</summary>
internal static class ReservedNames
{
    /// <summary>Reports every reserved member name under <paramref name="node"/>, and every redaction marker as redacted.</summary>
    /// <param name="node">Where to start.</param>
    /// <param name="pointer">The pointer of <paramref name="node"/> in the document, the prefix of every pointer reported.</param>
    /// <param name="problems">Where problems go.</param>
    public static void Report(JsonElement node, string pointer, List<ValidationProblem> problems)
    {
        // Almost every document has none: looked for first without a path, which is only kept to report one.
        if (Has(node))
        {
            Walk(node, new Path(pointer), problems);
        }
    }

    // Whether a member name under node begins with '$' (a redaction marker has one).
    private static bool Has(JsonElement node)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (JsonFieldReader.StartsWithDollar(member) || Has(member.Value))
                    {
                        return true;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    if (Has(item))
                    {
                        return true;
                    }
                }

                break;
        }

        return false;
    }

    // The path is kept as the members and indices walked through; a pointer string is only built for a problem,
    // so a valid document walks without making a string.
    private static void Walk(JsonElement node, Path path, List<ValidationProblem> problems)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object when HasReservedName(node) && JsonFieldReader.IsRedactionMarker(node):
                problems.Add(new ValidationProblem(path.Pointer(), JsonFieldReader.RedactedMessage));
                break;
            case JsonValueKind.Object:
                foreach (var member in node.EnumerateObject())
                {
                    if (JsonFieldReader.StartsWithDollar(member))
                    {
                        problems.Add(new ValidationProblem(
                            JsonPointer.Append(path.Pointer(), member.Name), "member names beginning with $ are reserved for redaction markers; rename it"));
                    }
                    else
                    {
                        path.Push(new Step(member, -1));
                        Walk(member.Value, path, problems);
                        path.Pop();
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in node.EnumerateArray())
                {
                    path.Push(new Step(default, index++));
                    Walk(item, path, problems);
                    path.Pop();
                }

                break;
        }
    }

    // A marker has a '$' name, so the marker lookup (which compares names) is only made for an object with one.
    private static bool HasReservedName(JsonElement obj)
    {
        foreach (var member in obj.EnumerateObject())
        {
            if (JsonFieldReader.StartsWithDollar(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One step down from an object (a member) or an array (an index ≥ 0).</summary>
    private readonly record struct Step(JsonProperty Member, int Index);

    /// <summary>The pointer of the walk's start and the steps taken from it.</summary>
    private sealed class Path(string start)
    {
        private readonly List<Step> _steps = new(8);

        public void Push(Step step) => _steps.Add(step);

        public void Pop() => _steps.RemoveAt(_steps.Count - 1);

        public string Pointer()
        {
            var pointer = new StringBuilder(start);
            foreach (var step in _steps)
            {
                pointer.Append('/').Append(step.Index >= 0 ? step.Index.ToString(CultureInfo.InvariantCulture) : JsonPointer.EscapeToken(step.Member.Name));
            }

            return pointer.ToString();
        }
    }
}
