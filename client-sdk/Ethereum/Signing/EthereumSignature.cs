using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>
/// A recoverable secp256k1 signature: r, s (32 bytes each) and the recovery id (y parity of R, 0 or 1).
/// Its 65-byte form is r || s || v with v = 27 + recovery id, as personal_sign and ecrecover use it.
/// </summary>
public readonly struct EthereumSignature : IEquatable<EthereumSignature>
{
    /// <summary>Length of the r || s || v form.</summary>
    public const int Size = 65;

    private readonly byte[]? _rs;

    /// <summary>Creates a signature from r, s (32 bytes each, big-endian) and a recovery id of 0 or 1.</summary>
    public EthereumSignature(ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, int recoveryId)
    {
        if (r.Length != 32 || s.Length != 32)
        {
            throw new SignatureException($"r and s are 32 bytes each, got {r.Length} and {s.Length}");
        }

        if (recoveryId is not (0 or 1))
        {
            throw new SignatureException($"recovery id {recoveryId} is not 0 or 1");
        }

        var rs = new byte[64];
        r.CopyTo(rs);
        s.CopyTo(rs.AsSpan(32));
        _rs = rs;
        RecoveryId = (byte)recoveryId;
    }

    /// <summary>r, 32 bytes big-endian.</summary>
    public ReadOnlySpan<byte> R => RS[..32];

    /// <summary>s, 32 bytes big-endian.</summary>
    public ReadOnlySpan<byte> S => RS[32..];

    /// <summary>The recovery id (y parity): 0 or 1.</summary>
    public byte RecoveryId { get; }

    /// <summary>v as in the 65-byte form and legacy pre-EIP-155 transactions: 27 or 28.</summary>
    public byte V => (byte)(27 + RecoveryId);

    /// <summary>True when s ≤ n/2, as EIP-2 requires of transaction signatures.</summary>
    public bool IsLowS => !Scalar.IsHighValue(S);

    private ReadOnlySpan<byte> RS => _rs ?? new byte[64];

    /// <summary>Parses the 65-byte r || s || v form; v may be 27/28 or 0/1.</summary>
    public static EthereumSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new SignatureException($"a signature is {Size} bytes (r || s || v), got {bytes.Length}");
        }

        int v = bytes[64];
        var recoveryId = v switch
        {
            0 or 1 => v,
            27 or 28 => v - 27,
            _ => throw new SignatureException($"signature v is {v}; expected 27, 28, 0 or 1"),
        };
        return new EthereumSignature(bytes[..32], bytes[32..64], recoveryId);
    }

    /// <summary>Parses 0x hex of the 65-byte form.</summary>
    public static EthereumSignature Parse(string hex)
    {
        byte[] bytes;
        try
        {
            bytes = Hex.Decode(hex);
        }
        catch (FormatException e)
        {
            throw new SignatureException($"signature is not hex: {e.Message}", e);
        }

        return FromBytes(bytes);
    }

    /// <summary>The 65-byte r || s || v form with v = 27 or 28.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        RS.CopyTo(bytes);
        bytes[64] = V;
        return bytes;
    }

    /// <summary>0x hex of the 65-byte form.</summary>
    public override string ToString() => Hex.Encode(ToBytes());

    /// <inheritdoc />
    public bool Equals(EthereumSignature other) => RecoveryId == other.RecoveryId && RS.SequenceEqual(other.RS);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EthereumSignature other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BitConverter.ToInt32(RS[..4]), RecoveryId);

    /// <summary>Equality.</summary>
    public static bool operator ==(EthereumSignature left, EthereumSignature right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(EthereumSignature left, EthereumSignature right) => !left.Equals(right);
}
