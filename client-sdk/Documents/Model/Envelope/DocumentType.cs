using System.Text;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// A document type by its kebab-case name (lower-case letters and digits in dash-separated words).
/// The well-known types have typed bodies; any other name is a custom type whose body is free JSON.
/// </summary>
public readonly record struct DocumentType
{
    /// <summary>Longest name accepted, to keep identifiers readable.</summary>
    public const int MaxNameLength = 64;

    private DocumentType(string name) => Name = name;

    /// <summary>A certificate of origin issued by a certifying body (chamber of commerce, authority).</summary>
    public static DocumentType CertificateOfOrigin { get; } = new("certificate-of-origin");

    /// <summary>An origin declaration by an exporter, or a supplier's declaration to a producer/exporter.</summary>
    public static DocumentType OriginDeclaration { get; } = new("origin-declaration");

    /// <summary>A commercial invoice.</summary>
    public static DocumentType CommercialInvoice { get; } = new("commercial-invoice");

    /// <summary>A phytosanitary certificate issued by a national plant protection organisation.</summary>
    public static DocumentType PhytosanitaryCertificate { get; } = new("phytosanitary-certificate");

    /// <summary>The kebab-case name written in the envelope's <c>type</c>.</summary>
    public string Name { get; }

    /// <summary>True for the four types with typed bodies and validation rules.</summary>
    public bool IsWellKnown => Array.IndexOf(WellKnown, this) >= 0;

    // The four well-known types, and their names' UTF-8 to match a value's text without making its string.
    private static readonly DocumentType[] WellKnown = [CertificateOfOrigin, OriginDeclaration, CommercialInvoice, PhytosanitaryCertificate];

    private static readonly Utf8Names<DocumentType> WellKnownUtf8 = new(WellKnown.Select(t => (t.Name, t)));

    /// <summary>The on-chain identifier: keccak256 of the UTF-8 name (FORMAT.md section 6).</summary>
    public Hash32 Id => Keccak256.Hash(Encoding.UTF8.GetBytes(Name));

    /// <summary>Accepts a kebab-case name of at most <see cref="MaxNameLength"/> characters.</summary>
    public static bool TryParse(string? name, out DocumentType type)
    {
        type = default;
        if (!IsKebabCase(name))
        {
            return false;
        }

        type = new DocumentType(name!);
        return true;
    }

    /// <summary>The well-known types from their UTF-8, as the shared values; any other name is left to the string path.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out DocumentType type) => WellKnownUtf8.TryFind(utf8, out type);

    /// <summary>Parses or throws <see cref="FormatException"/> naming the expected form.</summary>
    public static DocumentType Parse(string name) =>
        TryParse(name, out var type) ? type : throw new FormatException(Expectation(name));

    /// <summary>The name.</summary>
    public override string ToString() => Name ?? string.Empty;

    internal static string Expectation(string name) =>
        $"'{name}' is not a document type name; expected kebab-case (lower-case letters and digits joined by single dashes, at most {MaxNameLength} characters) such as certificate-of-origin";

    private static bool IsKebabCase(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var allowed = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && name[i - 1] != '-');
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }
}
