using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Ethereum.TypedData;

/// <summary>Encodes one atomic EIP-712 value (as JSON, the eth_signTypedData_v4 form) into its 32-byte word.</summary>
internal static class TypedDataValues
{
    /// <summary>True for the types whose value is hashed or encoded directly (no struct, no array).</summary>
    public static bool IsAtomicOrDynamic(string type) =>
        type is "address" or "bool" or "string" or "bytes"
        || IsSized(type, "uint", 8, 256, 8) || IsSized(type, "int", 8, 256, 8) || IsSized(type, "bytes", 1, 32, 1);

    /// <summary>Writes the 32-byte encoding of <paramref name="value"/> of an atomic or dynamic type.</summary>
    public static void Encode(string type, JsonNode? value, string path, Span<byte> word)
    {
        if (value is null)
        {
            throw new TypedDataException($"{path} is missing (type {type})");
        }

        word.Clear();
        switch (type)
        {
            case "string":
                Keccak256.Hash(Encoding.UTF8.GetBytes(ReadString(value, path)), word);
                return;
            case "bytes":
                Keccak256.Hash(ReadHex(value, path), word);
                return;
            case "bool":
                word[31] = ReadBool(value, path) ? (byte)1 : (byte)0;
                return;
            case "address":
                ParseAddress(value, path).Bytes.CopyTo(word[12..]);
                return;
        }

        if (type.StartsWith("uint", StringComparison.Ordinal) || type.StartsWith("int", StringComparison.Ordinal))
        {
            EncodeInteger(type, ParseInteger(value, path), path, word);
            return;
        }

        var length = int.Parse(type.AsSpan(5), CultureInfo.InvariantCulture);
        var bytes = ReadHex(value, path);
        if (bytes.Length != length)
        {
            throw new TypedDataException($"{path} is {bytes.Length} bytes; {type} needs exactly {length}");
        }

        bytes.CopyTo(word);
    }

    /// <summary>Parses an integer given as a JSON number, a decimal string or a 0x hex string.</summary>
    public static BigInteger ParseInteger(JsonNode value, string path)
    {
        if (value is JsonValue json && json.GetValueKind() == JsonValueKind.Number)
        {
            return BigInteger.Parse(json.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var text = ReadString(value, path).Trim();
        var negative = text.StartsWith('-');
        var digits = negative ? text[1..] : text;
        BigInteger magnitude;
        var ok = digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? BigInteger.TryParse("0" + digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out magnitude)
            : BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude);
        if (!ok || digits.Length == 0)
        {
            throw new TypedDataException($"{path} is '{text}', not an integer");
        }

        return negative ? -magnitude : magnitude;
    }

    private static void EncodeInteger(string type, BigInteger value, string path, Span<byte> word)
    {
        var signed = type[0] == 'i';
        var bits = int.Parse(type.AsSpan(signed ? 3 : 4), CultureInfo.InvariantCulture);
        var min = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
        var max = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
        if (value < min || value > max)
        {
            throw new TypedDataException($"{path} = {value} is out of range for {type}");
        }

        // Two's complement over 256 bits.
        var unsigned = value.Sign < 0 ? (BigInteger.One << 256) + value : value;
        var length = unsigned.GetByteCount(isUnsigned: true);
        unsigned.TryWriteBytes(word[(32 - length)..], out _, isUnsigned: true, isBigEndian: true);
    }

    private static Address ParseAddress(JsonNode value, string path)
    {
        var text = ReadString(value, path);
        if (!Address.TryParse(text, out var address))
        {
            throw new TypedDataException($"{path} is '{text}', not an address (40 hex digits, valid EIP-55 checksum if mixed case)");
        }

        return address;
    }

    private static bool ReadBool(JsonNode value, string path) =>
        value is JsonValue json && json.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? json.GetValue<bool>()
            : throw new TypedDataException($"{path} is {value.ToJsonString()}, not true or false");

    private static string ReadString(JsonNode value, string path) =>
        value is JsonValue json && json.GetValueKind() == JsonValueKind.String
            ? json.GetValue<string>()
            : throw new TypedDataException($"{path} is {value.ToJsonString()}, not a string");

    private static byte[] ReadHex(JsonNode value, string path)
    {
        var text = ReadString(value, path);
        return Hex.TryDecode(text, out var bytes) ? bytes : throw new TypedDataException($"{path} is '{text}', not 0x hex");
    }

    private static bool IsSized(string type, string prefix, int min, int max, int step) =>
        type.StartsWith(prefix, StringComparison.Ordinal)
        && type.Length > prefix.Length
        && type[prefix.Length] != '0'
        && int.TryParse(type.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
        && size >= min && size <= max && size % step == 0;
}
