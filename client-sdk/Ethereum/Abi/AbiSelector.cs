using System.Buffers.Binary;
using System.Text;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>A 4-byte function or error selector: the first 4 bytes of keccak256 of the signature.</summary>
public readonly struct AbiSelector : IEquatable<AbiSelector>
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 4;

    private readonly uint _value;

    private AbiSelector(uint value) => _value = value;

    /// <summary>The selector of a signature such as <c>transfer(address,uint256)</c>.</summary>
    public static AbiSelector FromSignature(string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Keccak256.Hash(Encoding.UTF8.GetBytes(signature), hash);
        return new AbiSelector(BinaryPrimitives.ReadUInt32BigEndian(hash));
    }

    /// <summary>The first 4 bytes of call or revert data; throws <see cref="AbiException"/> when shorter.</summary>
    public static AbiSelector Read(ReadOnlySpan<byte> data) => data.Length >= Size
        ? new AbiSelector(BinaryPrimitives.ReadUInt32BigEndian(data))
        : throw new AbiException($"data of {data.Length} bytes is too short for a 4-byte selector", 0);

    /// <summary>Parses 0x-prefixed hex of exactly 4 bytes.</summary>
    public static AbiSelector Parse(string hex)
    {
        var bytes = Hex.Decode(hex);
        return bytes.Length == Size ? Read(bytes) : throw new FormatException($"'{hex}' is not a 4-byte selector");
    }

    /// <summary>Writes the 4 bytes into <paramref name="destination"/>.</summary>
    public void WriteTo(Span<byte> destination) => BinaryPrimitives.WriteUInt32BigEndian(destination, _value);

    /// <summary>The 4 bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        WriteTo(bytes);
        return bytes;
    }

    /// <inheritdoc />
    public bool Equals(AbiSelector other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AbiSelector other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)_value;

    /// <summary>0x-prefixed lower-case hex, e.g. <c>0xa9059cbb</c>.</summary>
    public override string ToString() => "0x" + _value.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(AbiSelector left, AbiSelector right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(AbiSelector left, AbiSelector right) => !left.Equals(right);
}
