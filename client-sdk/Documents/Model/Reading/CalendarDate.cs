using System.Globalization;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Calendar dates in bodies are ISO 8601 full dates ("2026-11-22"), no time, no zone.</summary>
internal static class CalendarDate
{
    private const string Pattern = "yyyy'-'MM'-'dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Expectation(string text) => $"'{text}' is not a date; expected YYYY-MM-DD such as 2026-11-22";
}
