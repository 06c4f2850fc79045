using System.Globalization;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// Parses canonical type strings: elementary types (<c>uint</c>/<c>int</c> alias 256 bits), tuples in
/// parentheses, and any number of <c>[k]</c> / <c>[]</c> suffixes. Whitespace and names are not accepted.
/// </summary>
internal static class AbiTypeParser
{
    public static AbiType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var type = ParseType(text, ref position);
        if (position != text.Length)
        {
            throw new AbiException($"type '{text}' has unexpected '{text[position]}' at character {position}");
        }

        return type;
    }

    private static AbiType ParseType(string text, ref int position)
    {
        var type = position < text.Length && text[position] == '('
            ? ParseTuple(text, ref position)
            : ParseElementary(text, ref position);
        return ParseArraySuffixes(text, ref position, type);
    }

    /// <summary>Applies <c>[k]</c> / <c>[]</c> suffixes left to right: <c>uint8[2][]</c> is a dynamic array of <c>uint8[2]</c>.</summary>
    internal static AbiType ParseArraySuffixes(string text, ref int position, AbiType type)
    {
        while (position < text.Length && text[position] == '[')
        {
            var close = text.IndexOf(']', position);
            if (close < 0)
            {
                throw new AbiException($"type '{text}' has an unclosed '[' at character {position}");
            }

            var digits = text.AsSpan(position + 1, close - position - 1);
            if (digits.IsEmpty)
            {
                type = new AbiDynamicArrayType(type);
            }
            else if (digits[0] != '0' && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length > 0)
            {
                type = new AbiFixedArrayType(type, length);
            }
            else
            {
                throw new AbiException($"type '{text}' has an invalid array length '{digits}' at character {position + 1}");
            }

            position = close + 1;
        }

        return type;
    }

    private static AbiTupleType ParseTuple(string text, ref int position)
    {
        position++; // '('
        var components = new List<AbiType>();
        if (position < text.Length && text[position] == ')')
        {
            position++;
            return new AbiTupleType(components);
        }

        while (true)
        {
            components.Add(ParseType(text, ref position));
            if (position >= text.Length)
            {
                throw new AbiException($"type '{text}' has an unclosed '('");
            }

            var next = text[position++];
            if (next == ')')
            {
                return new AbiTupleType(components);
            }

            if (next != ',')
            {
                throw new AbiException($"type '{text}' has unexpected '{next}' at character {position - 1}");
            }
        }
    }

    private static AbiType ParseElementary(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && char.IsAsciiLetterOrDigit(text[position]))
        {
            position++;
        }

        var name = text[start..position];
        return Elementary(name) ?? throw new AbiException(
            name.Length == 0 ? $"type '{text}' is missing a type at character {start}" : $"type '{text}' has unknown type '{name}'");
    }

    /// <summary>Resolves an elementary type name, or null when it is not one.</summary>
    internal static AbiType? Elementary(string name)
    {
        switch (name)
        {
            case "address": return AbiAddressType.Instance;
            case "bool": return AbiBoolType.Instance;
            case "string": return AbiStringType.Instance;
            case "bytes": return AbiBytesType.Instance;
            case "uint": return new AbiUIntType(256);
            case "int": return new AbiIntType(256);
        }

        if (TrySize(name, "uint", out var bits))
        {
            return new AbiUIntType(bits);
        }

        if (TrySize(name, "int", out bits))
        {
            return new AbiIntType(bits);
        }

        return TrySize(name, "bytes", out var size) ? new AbiFixedBytesType(size) : null;
    }

    private static bool TrySize(string name, string prefix, out int size)
    {
        size = 0;
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length || name[prefix.Length] == '0')
        {
            return false;
        }

        return int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out size);
    }
}
