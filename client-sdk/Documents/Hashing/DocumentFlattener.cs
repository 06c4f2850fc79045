using System.Globalization;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// One leaf found by <see cref="DocumentFlattener"/>: a scalar or empty container with its pointer, or a
/// redaction marker standing for leaves that are no longer disclosed.
/// </summary>
internal readonly record struct FlatLeaf(string Pointer, JsonNode? Value, IReadOnlyList<Hash32>? RedactedHashes)
{
    public bool IsRedacted => RedactedHashes is not null;
}

/// <summary>Flattens a JSON tree into leaves in document order (FORMAT.md §2).</summary>
internal static class DocumentFlattener
{
    /// <summary>Leaves of a document about to be issued: every '$' member name is refused.</summary>
    public static List<FlatLeaf> FlattenForIssue(JsonNode? root) => Flatten(root, "", allowMarkers: false);

    /// <summary>Leaves of a disclosed document: redaction markers are read, any other '$' name is refused.</summary>
    public static List<FlatLeaf> FlattenDisclosed(JsonNode? root, string rootPointer = "") =>
        Flatten(root, rootPointer, allowMarkers: true);

    private static List<FlatLeaf> Flatten(JsonNode? root, string rootPointer, bool allowMarkers)
    {
        var leaves = new List<FlatLeaf>(64);
        Walk(root, rootPointer, allowMarkers, leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string pointer, bool allowMarkers, List<FlatLeaf> leaves)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count == 0:
                leaves.Add(new FlatLeaf(pointer, obj, null));
                break;
            case JsonObject obj when allowMarkers && RedactionMarker.IsMarker(obj):
                leaves.Add(new FlatLeaf(pointer, null, RedactionMarker.ReadHashes(obj, pointer)));
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    var childPointer = JsonPointer.Append(pointer, name);
                    if (name.StartsWith('$'))
                    {
                        throw DocumentHashingException.ReservedName(name, childPointer);
                    }

                    Walk(child, childPointer, allowMarkers, leaves);
                }

                break;
            case JsonArray array when array.Count == 0:
                leaves.Add(new FlatLeaf(pointer, array, null));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), allowMarkers, leaves);
                }

                break;
            default:
                leaves.Add(new FlatLeaf(pointer, node, null));
                break;
        }
    }
}
