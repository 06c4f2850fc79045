using System.Globalization;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The one spelling of a UTC instant in documents: RFC 3339 with an upper-case T and Z and no offset,
/// whole seconds written without a fraction, otherwise the shortest fraction ("2026-11-22T10:00:00Z",
/// "2026-11-22T10:00:00.25Z"). The reader refuses other spellings of the same instant, so reading and
/// writing a document never changes its text (and so its hash).
/// </summary>
internal static class IssueTime
{
    private const string Pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";

    public const string Example = "2026-11-22T10:00:00Z";

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTimeOffset.TryParseExact(text, Pattern, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        instant = parsed;
        return Format(parsed) == text;
    }
}
