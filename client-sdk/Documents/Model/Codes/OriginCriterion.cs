namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The preferential origin criterion written on a certificate. Agreements name them differently (WO, PE,
/// PSR, CTC, RVC in recent ones; A, B, C... in older forms), so any code of 1 to 4 upper-case letters or
/// digits is accepted; the well-known ones are named here.
/// </summary>
public readonly record struct OriginCriterion
{
    private OriginCriterion(string code) => Code = code;

    /// <summary>Wholly obtained or produced.</summary>
    public static OriginCriterion WhollyObtained { get; } = new("WO");

    /// <summary>Produced entirely from originating materials.</summary>
    public static OriginCriterion ProducedFromOriginating { get; } = new("PE");

    /// <summary>Satisfies the product-specific rule.</summary>
    public static OriginCriterion ProductSpecificRule { get; } = new("PSR");

    // The well-known codes' UTF-8, to match a value's text without making its string.
    private static readonly Utf8Names<OriginCriterion> WellKnownUtf8 =
        new(new[] { WhollyObtained, ProducedFromOriginating, ProductSpecificRule }.Select(c => (c.Code, c)));

    /// <summary>The code as written.</summary>
    public string Code { get; }

    /// <summary>Accepts 1 to 4 upper-case letters or digits.</summary>
    public static bool TryParse(string? text, out OriginCriterion criterion)
    {
        criterion = default;
        if (text is not { Length: >= 1 and <= 4 } || !CodeCharacters.AreUpperLettersOrDigits(text))
        {
            return false;
        }

        criterion = new OriginCriterion(text);
        return true;
    }

    /// <summary>
    /// The well-known codes from their UTF-8, as the shared values; any other code only for a reading that throws the
    /// value away (<paramref name="standIn"/>, stand-in <c>default</c>), else the string path makes its string.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out OriginCriterion criterion)
    {
        if (WellKnownUtf8.TryFind(utf8, out criterion))
        {
            return true;
        }

        return standIn && utf8.Length is >= 1 and <= 4 && CodeCharacters.AreUpperLettersOrDigits(utf8);
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static OriginCriterion Parse(string text) =>
        TryParse(text, out var criterion) ? criterion : throw new FormatException(Expectation(text));

    /// <summary>The code.</summary>
    public override string ToString() => Code ?? string.Empty;

    internal static string Expectation(string text) =>
        $"'{text}' is not an origin criterion; expected 1 to 4 upper-case letters or digits such as WO, PE or PSR";
}
