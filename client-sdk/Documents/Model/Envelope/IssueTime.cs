using System.Globalization;
using System.Numerics;

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
    public const int MaxLength = WholeSecondLength + 1 + FractionDigits;

    // yyyy-MM-ddTHH:mm:ssZ
    private const int WholeSecondLength = 20;

    // A tick is 100 ns: seven decimal places of a second.
    private const int FractionDigits = 7;

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>The same text written into <paramref name="destination"/> (at least <see cref="MaxLength"/> characters); returns its length.</summary>
    public static int Format(DateTimeOffset instant, Span<char> destination) =>
        instant.UtcDateTime.TryFormat(destination, out var written, Pattern, CultureInfo.InvariantCulture)
            ? written
            : throw new ArgumentException($"an issue time needs up to {MaxLength} characters, got {destination.Length}", nameof(destination));

    public static bool TryParse(string text, out DateTimeOffset instant) => TryParse(text.AsSpan(), out instant);

    /// <summary>The same reading on the text's UTF-8 (no value needs a string, so <paramref name="standIn"/> changes nothing).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out DateTimeOffset instant) => TryParse<byte>(utf8, out instant);

    /// <summary>
    /// The one reading, from characters or UTF-8 alike: exactly the texts <see cref="Format(DateTimeOffset)"/> writes,
    /// a <see cref="CalendarDate"/> then THH:mm:ss, a fraction of one to seven digits not ending in 0 when there is
    /// one, and Z; false for anything else.
    /// </summary>
    public static bool TryParse<TChar>(ReadOnlySpan<TChar> text, out DateTimeOffset instant)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        instant = default;
        if (text.Length is < WholeSecondLength or > MaxLength
            || !CalendarDate.TryParse(text[..CalendarDate.Length], out var date)
            || !AsciiText.Is(text[10], 'T') || !AsciiText.Is(text[13], ':') || !AsciiText.Is(text[16], ':') || !AsciiText.Is(text[^1], 'Z'))
        {
            return false;
        }

        var hour = AsciiText.Digits(text, 11, 2);
        var minute = AsciiText.Digits(text, 14, 2);
        var second = AsciiText.Digits(text, 17, 2);
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59
            || !TryReadFraction(text[(WholeSecondLength - 1)..^1], out var fractionTicks))
        {
            return false;
        }

        instant = new DateTimeOffset(date.Year, date.Month, date.Day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks);
        return true;
    }

    // Nothing (whole seconds), or '.' and one to seven digits with no trailing zero, the shortest spelling; in ticks.
    private static bool TryReadFraction<TChar>(ReadOnlySpan<TChar> fraction, out long ticks)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ticks = 0;
        if (fraction.IsEmpty)
        {
            return true;
        }

        var digits = fraction.Length - 1;
        if (digits == 0 || !AsciiText.Is(fraction[0], '.') || AsciiText.Is(fraction[^1], '0'))
        {
            return false;
        }

        var value = AsciiText.Digits(fraction, 1, digits);
        for (var scale = digits; scale < FractionDigits; scale++)
        {
            value *= 10;
        }

        ticks = value;
        return value >= 0;
    }
}
