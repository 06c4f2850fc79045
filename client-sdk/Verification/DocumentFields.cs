using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>Lists a disclosed document's leaves for the report: value, or the redaction marker's hidden-leaf count.</summary>
internal static class DocumentFields
{
    /// <summary>The fields of leaves whose values are the report's own (the hash recomputation listed them).</summary>
    public static IReadOnlyList<ReportField> Of(IReadOnlyList<FlatLeaf> leaves)
    {
        var fields = new ReportField[leaves.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var leaf = leaves[i];
            fields[i] = leaf.IsRedacted
                ? new ReportField(leaf.Pointer, null, true, leaf.RedactedHashes!.Count)
                : new ReportField(leaf.Pointer, leaf.Value, false, 0);
        }

        return fields;
    }

    /// <summary>The fields of a document that could not be hashed, as far as it can be flattened.</summary>
    public static IReadOnlyList<ReportField> Of(JsonObject document)
    {
        try
        {
            return Of(DocumentFlattener.FlattenDisclosed(document).ConvertAll(leaf => leaf with { Value = leaf.Value?.DeepClone() }));
        }
        catch (DocumentHashingException)
        {
            // A document that cannot be flattened already fails the integrity check, which says why.
            return [];
        }
    }
}
