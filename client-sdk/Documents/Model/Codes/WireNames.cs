using System.Collections.Frozen;
using System.Text;

namespace ProvenanceLedger.Sdk.Documents;

/// <summary>
/// The names enum members have in documents: PascalCase members become kebab-case ("DerivedFrom" →
/// "derived-from"); members already in upper case (Incoterms) keep their spelling.
/// </summary>
internal static class WireNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> NameOf =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToWire(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ValueOf =
        NameOf.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every wire name, in declaration order, for error messages.</summary>
    public static string Listing { get; } = string.Join(", ", Enum.GetValues<TEnum>().Select(v => NameOf[v]));

    // The wire names' UTF-8, to match a value's text without making its string (a handful of names per enum).
    private static readonly Utf8Names<TEnum> Utf8 = new(Enum.GetValues<TEnum>().Select(v => (NameOf[v], v)));

    public static string Of(TEnum value) =>
        NameOf.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    public static bool TryParse(string? text, out TEnum value)
    {
        value = default;
        return text is not null && ValueOf.TryGetValue(text, out value);
    }

    /// <summary>The member whose wire name is <paramref name="utf8"/>; false leaves other text to the string path.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, bool standIn, out TEnum value) => Utf8.TryFind(utf8, out value);

    private static string ToWire(string member)
    {
        if (member.All(c => !char.IsLower(c)))
        {
            return member;
        }

        var builder = new StringBuilder(member.Length + 4);
        foreach (var c in member)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
