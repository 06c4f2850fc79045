namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// A Harmonized System commodity code: 6 digits (the international subheading) or 8 or 10 digits (a
/// national tariff line). In documents it is written as digits only ("080610"), because the document hash
/// commits the exact text and "0806.10" would be a second spelling of the same code. <see cref="Parse"/>
/// accepts the dotted and spaced forms people type and normalises them; the document reader does not.
/// </summary>
public readonly record struct HsCode
{
    private HsCode(string digits) => Digits = digits;

    /// <summary>The code as 6, 8 or 10 digits.</summary>
    public string Digits { get; }

    /// <summary>The HS chapter (first two digits).</summary>
    public int Chapter => ChapterOf(Digits[0], Digits[1]);

    /// <summary>Accepts only the wire form: 6, 8 or 10 ASCII digits, chapter 01–97.</summary>
    public static bool TryParseExact(string? text, out HsCode code)
    {
        code = default;
        if (text is null || text.Length is not (6 or 8 or 10) || !CodeCharacters.AreDigits(text))
        {
            return false;
        }

        if (ChapterOf(text[0], text[1]) is < 1 or > 97)
        {
            return false;
        }

        code = new HsCode(text);
        return true;
    }

    /// <summary>
    /// The wire form checked on its UTF-8, for a reading that throws the value away (<paramref name="standIn"/>): the
    /// stand-in is <c>default</c>. A reading that keeps it takes the string path, which makes the digits' string.
    /// </summary>
    internal static bool TryParseExact(ReadOnlySpan<byte> utf8, bool standIn, out HsCode code)
    {
        code = default;
        return standIn && utf8.Length is 6 or 8 or 10 && CodeCharacters.AreDigits(utf8) && ChapterOf((char)utf8[0], (char)utf8[1]) is >= 1 and <= 97;
    }

    /// <summary>Parses a code typed by a person: dots and spaces between digits are removed ("0806.10" → "080610").</summary>
    public static HsCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digits = string.Concat(text.Where(c => c is not ('.' or ' ')));
        return TryParseExact(digits, out var code) ? code : throw new FormatException(Expectation(text));
    }

    /// <summary>The digits.</summary>
    public override string ToString() => Digits ?? string.Empty;

    // The chapter from the code's first two digits (both known to be ASCII digits).
    private static int ChapterOf(char tens, char ones) => ((tens - '0') * 10) + (ones - '0');

    internal static string Expectation(string text) =>
        $"'{text}' is not an HS code; expected 6, 8 or 10 digits without dots or spaces, chapter 01-97 (e.g. 080610)";
}
