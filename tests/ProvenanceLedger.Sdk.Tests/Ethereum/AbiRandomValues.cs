using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>Seeded random ABI types and values, and the JSON form the ethers oracle reads and writes.</summary>
internal sealed class AbiRandomValues(Random random)
{
    private const string TextAlphabet = "abcXYZ 019_-\"\\/\n\té€中😀";

    public AbiType NextType(int depth = 0)
    {
        var pick = random.Next(depth >= 2 ? 8 : 11);
        return pick switch
        {
            0 => new AbiUIntType(8 * random.Next(1, 33)),
            1 => new AbiIntType(8 * random.Next(1, 33)),
            2 => AbiAddressType.Instance,
            3 => AbiBoolType.Instance,
            4 => new AbiFixedBytesType(random.Next(1, 33)),
            5 => AbiBytesType.Instance,
            6 => AbiStringType.Instance,
            7 => new AbiUIntType(256),
            8 => new AbiFixedArrayType(NextType(depth + 1), random.Next(1, 4)),
            9 => new AbiDynamicArrayType(NextType(depth + 1)),
            _ => new AbiTupleType([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => NextType(depth + 1))]),
        };
    }

    public object NextValue(AbiType type) => type switch
    {
        AbiUIntType u => NextUnsigned(u.Bits),
        AbiIntType i => NextUnsigned(i.Bits) - (BigInteger.One << (i.Bits - 1)),
        AbiAddressType => new Address(NextBytes(20)),
        AbiBoolType => random.Next(2) == 1,
        AbiFixedBytesType b => NextBytes(b.Size),
        AbiBytesType => NextBytes(random.Next(0, 70)),
        AbiStringType => NextText(),
        AbiFixedArrayType a => Enumerable.Range(0, a.Length).Select(_ => NextValue(a.Element)).ToArray(),
        AbiDynamicArrayType d => Enumerable.Range(0, random.Next(0, 4)).Select(_ => NextValue(d.Element)).ToArray(),
        AbiTupleType t => t.Components.Select(NextValue).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no generator for this type"),
    };

    /// <summary>Values as JSON: integers as decimal strings, addresses and bytes as lower-case hex.</summary>
    public static JsonNode ToJson(object value) => value switch
    {
        BigInteger n => JsonValue.Create(n.ToString(CultureInfo.InvariantCulture)),
        Address a => JsonValue.Create(a.ToLowerHex()),
        bool b => JsonValue.Create(b),
        byte[] bytes => JsonValue.Create(Hex.Encode(bytes)),
        string s => JsonValue.Create(s),
        IReadOnlyList<object> list => new JsonArray([.. list.Select(ToJson)]),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not an ABI value"),
    };

    private BigInteger NextUnsigned(int bits)
    {
        // Edges (0 and the maximum) often, otherwise a random number of random bit length.
        switch (random.Next(6))
        {
            case 0: return BigInteger.Zero;
            case 1: return (BigInteger.One << bits) - 1;
        }

        var length = random.Next(1, bits + 1);
        var bytes = NextBytes((length + 7) / 8);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true) & ((BigInteger.One << length) - 1);
    }

    private byte[] NextBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private string NextText()
    {
        var builder = new StringBuilder();
        var elements = StringInfoElements();
        for (var i = random.Next(0, 40); i > 0; i--)
        {
            builder.Append(elements[random.Next(elements.Length)]);
        }

        return builder.ToString();
    }

    // Whole text elements, so a surrogate pair is never split.
    private static string[] StringInfoElements()
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(TextAlphabet);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return [.. elements];
    }
}
