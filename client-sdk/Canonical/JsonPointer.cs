using System.Text;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Canonical;

/// <summary>RFC 6901 JSON Pointers: escaping of reference tokens and resolution against a JSON tree.</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: '~' becomes "~0" and '/' becomes "~1".</summary>
    public static string EscapeToken(string token)
    {
        if (token.AsSpan().IndexOfAny('~', '/') < 0)
        {
            return token;
        }

        return token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Appends a member name or array index to a pointer.</summary>
    public static string Append(string pointer, string token) => string.Concat(pointer, "/", EscapeToken(token));

    /// <summary>Splits a pointer into unescaped reference tokens ("" is the whole document: no tokens).</summary>
    /// <exception cref="FormatException">The pointer does not start with '/' or holds a '~' not followed by 0 or 1.</exception>
    public static IReadOnlyList<string> Parse(string pointer)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw new FormatException($"JSON pointer '{pointer}' must be empty or start with '/'");
        }

        var tokens = new List<string>();
        foreach (var raw in pointer[1..].Split('/'))
        {
            tokens.Add(Unescape(raw, pointer));
        }

        return tokens;
    }

    /// <summary>The pointer of <paramref name="node"/> within its root, built from its parents.</summary>
    public static string Of(JsonNode? node)
    {
        var tokens = new List<string>();
        for (var current = node; current?.Parent is { } parent; current = parent)
        {
            tokens.Add(parent is JsonArray array
                ? array.IndexOf(current).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : EscapeToken(current.GetPropertyName()));
        }

        var builder = new StringBuilder();
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            builder.Append('/').Append(tokens[i]);
        }

        return builder.ToString();
    }

    private static string Unescape(string token, string pointer)
    {
        if (!token.Contains('~', StringComparison.Ordinal))
        {
            return token;
        }

        var builder = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] != '~')
            {
                builder.Append(token[i]);
                continue;
            }

            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            builder.Append(next switch
            {
                '0' => '~',
                '1' => '/',
                _ => throw new FormatException($"JSON pointer '{pointer}' has '~' not followed by 0 or 1"),
            });
            i++;
        }

        return builder.ToString();
    }
}
