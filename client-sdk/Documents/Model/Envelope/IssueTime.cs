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

    /// <summary>The longest text <see cref="Format(DateTimeOffset)"/> gives (seven fraction digits).</summary>
    public const int MaxLength = 28;

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The same text written into <paramref name="destination"/> (at least <see cref="MaxLength"/> characters); returns its length.</summary>
    public static int Format(DateTimeOffset instant, Span<char> destination) =>
        instant.UtcDateTime.TryFormat(destination, out var written, Pattern, CultureInfo.InvariantCulture)
            ? written
            : throw new ArgumentException($"an issue time needs up to {MaxLength} characters, got {destination.Length}", nameof(destination));

    /// <summary>
    /// The whole-second form (yyyy-MM-ddTHH:mm:ssZ) from its UTF-8, as <see cref="TryParse(string, out DateTimeOffset)"/>
    /// reads it; false for anything else (a fraction included), which the string path decides.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out DateTimeOffset instant)
    {
        instant = default;
        if (utf8.Length != 20 || utf8[10] != (byte)'T' || utf8[13] != (byte)':' || utf8[16] != (byte)':' || utf8[19] != (byte)'Z'
            || !CalendarDate.TryParse(utf8[..10], standIn, out var date))
        {
            return false;
        }

        var hour = Utf8Text.Digits(utf8, 11, 2);
        var minute = Utf8Text.Digits(utf8, 14, 2);
        var second = Utf8Text.Digits(utf8, 17, 2);
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        instant = new DateTimeOffset(date.Year, date.Month, date.Day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

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
