namespace ProvenanceLedger.Sdk.Documents;

/// <summary>An active ISO 4217 alphabetic currency code, upper case ("EUR", "USD").</summary>
public readonly record struct CurrencyCode
{
    private CurrencyCode(string value) => Value = value;

    /// <summary>The three upper-case letters.</summary>
    public string Value { get; }

    /// <summary>Accepts exactly an active code in upper case.</summary>
    public static bool TryParse(string? text, out CurrencyCode code)
    {
        code = default;
        if (text is null || !CurrencyCodeList.All.Contains(text))
        {
            return false;
        }

        code = new CurrencyCode(text);
        return true;
    }

    /// <summary>The code written in <paramref name="utf8"/>, with the list's own string: no string per code read.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out CurrencyCode code)
    {
        code = utf8.Length == 3 && Utf8Text.TryFindListed(utf8, CurrencyCodeList.ByText, out var listed) ? new CurrencyCode(listed) : default;
        return code.Value is not null;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> naming the expected form.</summary>
    public static CurrencyCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException(Expectation(text));

    /// <summary>
    /// Decimal places of the currency's minor unit (0 for JPY and CLP, 3 for BHD and KWD, 4 for CLF,
    /// 2 otherwise), to which invoice amounts are rounded.
    /// </summary>
    public int MinorUnits => Value switch
    {
        "BIF" or "CLP" or "DJF" or "GNF" or "ISK" or "JPY" or "KMF" or "KRW" or "PYG" or "RWF" or "UGX"
            or "UYI" or "VND" or "VUV" or "XAF" or "XOF" or "XPF" => 0,
        "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 3,
        "CLF" or "UYW" => 4,
        _ => 2,
    };

    /// <summary>The code.</summary>
    public override string ToString() => Value ?? string.Empty;

    internal static string Expectation(string text) =>
        $"'{text}' is not an active ISO 4217 currency code; expected three upper-case letters such as EUR, USD or CLP";
}
