using System.Globalization;
using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>Renders ABI values for messages: numbers in decimal, bytes in hex, strings quoted, lists in brackets.</summary>
public static class AbiValueFormatter
{
    /// <summary>One value as text.</summary>
    public static string Format(object value) => value switch
    {
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        byte[] bytes => Hex.Encode(bytes),
        string text => "\"" + text + "\"",
        IReadOnlyList<object> list => "[" + string.Join(", ", list.Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
