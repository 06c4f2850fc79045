namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// A Solidity ABI type. Values are modelled as: <see cref="System.Numerics.BigInteger"/> for uintN/intN,
/// <see cref="Address"/>, <see cref="bool"/>, <c>byte[]</c> for bytesN and bytes, <see cref="string"/>, and
/// <c>IReadOnlyList&lt;object&gt;</c> for arrays and tuples (decoding returns <c>object[]</c>).
/// </summary>
public abstract class AbiType : IEquatable<AbiType>
{
    /// <summary>The canonical type string used in signatures, e.g. <c>uint256</c> or <c>(address,bytes)[]</c>.</summary>
    public abstract string CanonicalName { get; }

    /// <summary>True when the value is encoded in the tail and referenced by an offset in the head.</summary>
    public abstract bool IsDynamic { get; }

    /// <summary>Bytes this type takes in the head of its enclosing tuple: 32 for dynamic types.</summary>
    public virtual int HeadSize => 32;

    /// <summary>Parses a type string such as <c>uint8[2][]</c> or <c>(bytes32,(address,string)[])</c>.</summary>
    public static AbiType Parse(string type) => AbiTypeParser.Parse(type);

    /// <summary>Bytes needed to encode <paramref name="value"/> as this type (head and tail of a static type; tail of a dynamic one).</summary>
    internal abstract int EncodedSize(object value);

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>; returns bytes written.</summary>
    internal abstract int Encode(object value, Span<byte> destination);

    /// <summary>Decodes a value whose encoding starts at <paramref name="offset"/> of the reader's current frame.</summary>
    internal abstract object Decode(ref AbiReader reader, int offset);

    /// <inheritdoc />
    public bool Equals(AbiType? other) => other is not null && CanonicalName == other.CanonicalName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AbiType);

    /// <inheritdoc />
    public override int GetHashCode() => CanonicalName.GetHashCode(StringComparison.Ordinal);

    /// <summary>The canonical type string.</summary>
    public override string ToString() => CanonicalName;

    /// <summary>Rounds a byte count up to a whole number of 32-byte words.</summary>
    internal static int PaddedLength(int length) => (length + 31) / 32 * 32;

    private protected static AbiException WrongValue(AbiType type, object value, string expected) =>
        new($"a {type.CanonicalName} value must be {expected}, got {Describe(value)}");

    private protected static string Describe(object? value) => value switch
    {
        null => "null",
        byte[] bytes => $"byte[{bytes.Length}]",
        string s => $"string \"{(s.Length > 40 ? s[..37] + "..." : s)}\"",
        _ => $"{value.GetType().Name} {value}",
    };
}
