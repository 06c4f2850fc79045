using System.Globalization;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Calendar dates in bodies are ISO 8601 full dates ("2026-11-22"), no time, no zone.</summary>
internal static class CalendarDate
{
    private const string Pattern = "yyyy'-'MM'-'dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>YYYY-MM-DD from its UTF-8, as <see cref="TryParse(string, out DateOnly)"/> reads it; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        var year = Utf8Text.Digits(utf8, 0, 4);
        var month = Utf8Text.Digits(utf8, 5, 2);
        var day = Utf8Text.Digits(utf8, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Expectation(string text) => $"'{text}' is not a date; expected YYYY-MM-DD such as 2026-11-22";
}
