using System.Globalization;
using System.Numerics;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>Calendar dates in bodies are ISO 8601 full dates ("2026-11-22"), no time, no zone.</summary>
internal static class CalendarDate
{
    private const string Pattern = "yyyy'-'MM'-'dd";

    /// <summary>The length of every date: YYYY-MM-DD.</summary>
    public const int Length = 10;

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) => TryParse(text.AsSpan(), out date);

    /// <summary>The same reading on the text's UTF-8 (no value needs a string, so <paramref name="standIn"/> changes nothing).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out DateOnly date) => TryParse<byte>(utf8, out date);

    /// <summary>
    /// The one reading of YYYY-MM-DD, from characters or UTF-8 alike: four, two and two ASCII digits joined by
    /// hyphens, naming a day that exists (<see cref="TryCreate"/>); false for anything else.
    /// </summary>
    public static bool TryParse<TChar>(ReadOnlySpan<TChar> text, out DateOnly date)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        date = default;
        return text.Length == Length && AsciiText.Is(text[4], '-') && AsciiText.Is(text[7], '-')
            && TryCreate(AsciiText.Digits(text, 0, 4), AsciiText.Digits(text, 5, 2), AsciiText.Digits(text, 8, 2), out date);
    }

    /// <summary>
    /// The one calendar check: year 1 to 9999, month 1 to 12, and a day the month has (30-day months, February's
    /// 29th in leap years only: every fourth year except centuries not divisible by 400). A negative part (a
    /// non-digit read) fails.
    /// </summary>
    public static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Expectation(string text) => $"'{text}' is not a date; expected YYYY-MM-DD such as 2026-11-22";
}
