using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// The 32 random bytes that blind one leaf of a document (FORMAT.md §2). A salt is disclosed with its
/// leaf and withheld when the leaf is redacted, so a redacted value cannot be guessed from its hash.
/// </summary>
public readonly struct Salt : IEquatable<Salt>
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 32;

    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>Copies exactly 32 bytes.</summary>
    public Salt(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"a salt is {Size} bytes, got {bytes.Length}", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    // Shares a slice of a bulk-filled buffer; the caller guarantees nobody writes to it afterwards.
    private Salt(ReadOnlyMemory<byte> shared) => _bytes = shared;

    /// <summary>A salt over 32 bytes of a buffer nobody writes to any more (no copy).</summary>
    internal static Salt Share(ReadOnlyMemory<byte> bytes) =>
        bytes.Length == Size ? new Salt(bytes) : throw new ArgumentException($"a salt is {Size} bytes, got {bytes.Length}", nameof(bytes));

    /// <summary>The salt's bytes (all zero for <c>default</c>).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.IsEmpty ? new byte[Size] : _bytes.Span;

    /// <summary>Parses 0x-prefixed (or bare) hex of exactly 32 bytes.</summary>
    /// <exception cref="FormatException">Not hex, or not 32 bytes.</exception>
    public static Salt Parse(string hex)
    {
        var bytes = Hex.Decode(hex);
        if (bytes.Length != Size)
        {
            throw new FormatException($"'{hex}' is {bytes.Length} bytes; a salt is {Size} bytes (64 hex digits)");
        }

        return new Salt(bytes);
    }

    /// <inheritdoc />
    public bool Equals(Salt other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Salt other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes[..4]);

    /// <summary>Lower-case 0x-prefixed hex.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <summary>Equality.</summary>
    public static bool operator ==(Salt left, Salt right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Salt left, Salt right) => !left.Equals(right);
}
