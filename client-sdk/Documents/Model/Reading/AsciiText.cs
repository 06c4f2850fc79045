using System.Numerics;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// Fixed-form ASCII text (dates, times) read alike from a string's characters or from UTF-8 bytes, so one parser
/// serves both and they cannot disagree.
/// </summary>
internal static class AsciiText
{
    /// <summary>Whether the unit is the ASCII character <paramref name="expected"/>.</summary>
    public static bool Is<TChar>(TChar unit, char expected)
        where TChar : unmanaged, IBinaryInteger<TChar> =>
        int.CreateTruncating(unit) == expected;

    /// <summary>The value of <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1 when one is not a digit.</summary>
    public static int Digits<TChar>(ReadOnlySpan<TChar> text, int start, int count)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = int.CreateTruncating(text[i]) - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}
