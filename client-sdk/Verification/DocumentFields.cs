using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>Lists a disclosed document's leaves for the report: value, or the redaction marker's hidden-leaf count.</summary>
internal static class DocumentFields
{
    public static IReadOnlyList<ReportField> Of(JsonObject document)
    {
        try
        {
            return [.. DocumentFlattener.FlattenDisclosed(document).Select(leaf => leaf.IsRedacted
                ? new ReportField(leaf.Pointer, null, true, leaf.RedactedHashes!.Count)
                : new ReportField(leaf.Pointer, leaf.Value?.DeepClone(), false, 0))];
        }
        catch (DocumentHashingException)
        {
            // A document that cannot be flattened already fails the integrity check, which says why.
            return [];
        }
    }
}
