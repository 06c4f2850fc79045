namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>A 20-byte Ethereum account address; <see cref="ToString"/> gives the EIP-55 checksummed form.</summary>
public readonly struct Address : IEquatable<Address>, IComparable<Address>
{
    /// <summary>Length in bytes.</summary>
    public const int Size = 20;

    private readonly byte[]? _bytes;

    /// <summary>Copies exactly 20 bytes.</summary>
    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"an address is {Size} bytes, got {bytes.Length}", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>The zero address (0x000…0).</summary>
    public static Address Zero => new(new byte[Size]);

    /// <summary>The address's bytes (all zero for <c>default</c>).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? new byte[Size];

    /// <summary>The address of a public key: the last 20 bytes of keccak256(x || y).</summary>
    public static Address FromPublicKey(ReadOnlySpan<byte> uncompressedXy)
    {
        if (uncompressedXy.Length != 64)
        {
            throw new ArgumentException($"an uncompressed public key is 64 bytes (x || y), got {uncompressedXy.Length}", nameof(uncompressedXy));
        }

        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Keccak256.Hash(uncompressedXy, hash);
        return new Address(hash[12..]);
    }

    /// <summary>
    /// Parses 0x-prefixed hex of 20 bytes. All-lower and all-upper hex are accepted as unchecksummed;
    /// mixed case must be a correct EIP-55 checksum.
    /// </summary>
    public static Address Parse(string text)
    {
        if (!TryParse(text, out var address, out var error))
        {
            throw new FormatException(error);
        }

        return address;
    }

    /// <summary>Parses without throwing; see <see cref="Parse"/>.</summary>
    public static bool TryParse(string? text, out Address address) => TryParse(text, out address, out _);

    private static bool TryParse(string? text, out Address address, out string error)
    {
        address = default;
        if (text is null)
        {
            error = "address is null";
            return false;
        }

        var digits = text.AsSpan();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        if (digits.Length != Size * 2)
        {
            error = $"'{text}' is not an address: expected 40 hex digits, got {digits.Length}";
            return false;
        }

        var hasLower = false;
        var hasUpper = false;
        foreach (var c in digits)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                error = $"'{text}' is not an address: '{c}' is not a hex digit";
                return false;
            }

            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        var parsed = new Address(Convert.FromHexString(digits));
        if (hasLower && hasUpper && !digits.SequenceEqual(parsed.ToString().AsSpan(2)))
        {
            error = $"'{text}' has a wrong EIP-55 checksum (expected {parsed}); check the address or write it in one case";
            return false;
        }

        address = parsed;
        error = "";
        return true;
    }

    /// <summary>The EIP-55 mixed-case checksummed form, 0x-prefixed.</summary>
    public override string ToString()
    {
        Span<char> lower = stackalloc char[Size * 2];
        Convert.TryToHexStringLower(Bytes, lower, out _);
        Span<byte> ascii = stackalloc byte[Size * 2];
        for (var i = 0; i < ascii.Length; i++)
        {
            ascii[i] = (byte)lower[i];
        }

        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Keccak256.Hash(ascii, hash);
        Span<char> result = stackalloc char[2 + (Size * 2)];
        result[0] = '0';
        result[1] = 'x';
        for (var i = 0; i < lower.Length; i++)
        {
            var nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0x0f;
            result[i + 2] = nibble >= 8 ? char.ToUpperInvariant(lower[i]) : lower[i];
        }

        return new string(result);
    }

    /// <summary>Lower-case 0x-prefixed hex (the form JSON-RPC nodes accept everywhere).</summary>
    public string ToLowerHex() => Hex.Encode(Bytes);

    /// <inheritdoc />
    public bool Equals(Address other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Address other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes[^4..]);

    /// <summary>Compares as unsigned 160-bit big-endian numbers.</summary>
    public int CompareTo(Address other) => Bytes.SequenceCompareTo(other.Bytes);

    /// <summary>Equality.</summary>
    public static bool operator ==(Address left, Address right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Address left, Address right) => !left.Equals(right);

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator <(Address left, Address right) => left.CompareTo(right) < 0;

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator >(Address left, Address right) => left.CompareTo(right) > 0;

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator <=(Address left, Address right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering as unsigned numbers.</summary>
    public static bool operator >=(Address left, Address right) => left.CompareTo(right) >= 0;
}
