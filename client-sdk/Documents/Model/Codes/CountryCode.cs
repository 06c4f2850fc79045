namespace ProvenanceLedger.Sdk.Documents;

/// <summary>An officially assigned ISO 3166-1 alpha-2 country code, upper case ("CL", "DE").</summary>
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    /// <summary>The two upper-case letters.</summary>
    public string Value { get; }

    /// <summary>Accepts exactly an assigned code in upper case; lower case is refused because the document hash commits the text.</summary>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        if (text is null || !CountryCodeList.All.Contains(text))
        {
            return false;
        }

        code = new CountryCode(text);
        return true;
    }

    /// <summary>The code written in <paramref name="utf8"/>, with the list's own string: no string per code read.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out CountryCode code)
    {
        code = utf8.Length == 2 && Utf8Text.TryFindListed(utf8, CountryCodeList.ByText, out var listed) ? new CountryCode(listed) : default;
        return code.Value is not null;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> naming the expected form.</summary>
    public static CountryCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException(Expectation(text));

    /// <summary>The code.</summary>
    public override string ToString() => Value ?? string.Empty;

    internal static string Expectation(string text) =>
        $"'{text}' is not an ISO 3166-1 alpha-2 country code; expected two upper-case letters such as CL, DE or US";
}
