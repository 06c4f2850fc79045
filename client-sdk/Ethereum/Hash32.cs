namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>A 32-byte hash (Keccak-256 digest, document hash, Merkle node, topic).</summary>
public readonly struct Hash32 : IEquatable<Hash32>, IComparable<Hash32>
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 32;

    private readonly byte[]? _bytes;

    /// <summary>Copies exactly 32 bytes.</summary>
    public Hash32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"a hash is {Size} bytes, got {bytes.Length}", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>The all-zero hash.</summary>
    public static Hash32 Zero => new(new byte[Size]);

    /// <summary>The hash's bytes (all zero for <c>default</c>).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Size];

    /// <summary>Parses 0x-prefixed (or bare) hex of exactly 32 bytes.</summary>
    public static Hash32 Parse(string hex)
    {
        var bytes = Hex.Decode(hex);
        if (bytes.Length != Size)
        {
            throw new FormatException($"'{hex}' is {bytes.Length} bytes; a hash is {Size} bytes (64 hex digits)");
        }

        return new Hash32(bytes);
    }

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string? hex, out Hash32 hash)
    {
        hash = default;
        if (hex is null || !Hex.TryDecode(hex, out var bytes) || bytes.Length != Size)
        {
            return false;
        }

        hash = new Hash32(bytes);
        return true;
    }

    /// <summary>Compares as unsigned 256-bit big-endian numbers.</summary>
    public int CompareTo(Hash32 other) => Bytes.SequenceCompareTo(other.Bytes);

    /// <inheritdoc />
    public bool Equals(Hash32 other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Hash32 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes[..4]);

    /// <summary>Lower-case 0x-prefixed hex.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <summary>Equality.</summary>
    public static bool operator ==(Hash32 left, Hash32 right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Hash32 left, Hash32 right) => !left.Equals(right);

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator <(Hash32 left, Hash32 right) => left.CompareTo(right) < 0;

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator >(Hash32 left, Hash32 right) => left.CompareTo(right) > 0;

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator <=(Hash32 left, Hash32 right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator >=(Hash32 left, Hash32 right) => left.CompareTo(right) >= 0;
}
