using System.Globalization;
using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>JSON-RPC quantities: 0x-prefixed hex without leading zeros (<c>0x0</c> for zero).</summary>
public static class RpcQuantity
{
    /// <summary>Formats a non-negative number.</summary>
    public static string Format(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a quantity is not negative");
        }

        return value.IsZero ? "0x0" : "0x" + value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
    }

    /// <summary>Formats a non-negative number.</summary>
    public static string Format(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>Parses a quantity; throws <see cref="FormatException"/> naming the text.</summary>
    public static BigInteger Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.Length == 2
            || !BigInteger.TryParse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{text}' is not a JSON-RPC quantity (0x-prefixed hex)");
        }

        return value;
    }

    /// <summary>Parses a quantity that fits in 64 bits (block numbers, nonces, gas).</summary>
    public static ulong ParseUInt64(string text)
    {
        var value = Parse(text);
        return value <= ulong.MaxValue ? (ulong)value : throw new FormatException($"'{text}' does not fit in 64 bits");
    }
}
