using System.Security.Cryptography;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>
/// A secp256k1 private key with its public key and address. Signs 32-byte digests deterministically
/// (RFC 6979, HMAC-SHA256) with low-s normalisation and a recovery id, as Ethereum requires.
/// </summary>
/// <remarks>
/// Signing and key derivation run on the constant-time parts of the secp256k1 core: branch-free field and
/// scalar arithmetic, a generator table read by full scans, Fermat inversions. What still branches is public
/// in the end (a rejected nonce, and the low-s flip, which the signature's v reveals anyway).
/// </remarks>
public sealed class EthereumKey
{
    /// <summary>Private key length in bytes.</summary>
    public const int PrivateKeySize = 32;

    private readonly byte[] _privateKey;
    private readonly Scalar _d;
    private readonly byte[] _publicKey;

    private EthereumKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeySize)
        {
            throw new SignatureException($"a private key is {PrivateKeySize} bytes, got {privateKey.Length}");
        }

        if (!Scalar.TryFromBytes(privateKey, out _d) || _d.IsZero)
        {
            throw new SignatureException("private key is out of range: it must be between 1 and n-1 of secp256k1");
        }

        _privateKey = privateKey.ToArray();
        _publicKey = EncodePublicKey(GeneratorComb.Multiply(_d).ToAffine());
        Address = Address.FromPublicKey(_publicKey);
    }

    /// <summary>The account address of this key.</summary>
    public Address Address { get; }

    /// <summary>The uncompressed public key without its 0x04 prefix: x || y, 64 bytes.</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>The 32-byte private key. Handle with care.</summary>
    public ReadOnlySpan<byte> PrivateKey => _privateKey;

    /// <summary>A new key from the operating system's cryptographically secure generator.</summary>
    public static EthereumKey Generate()
    {
        Span<byte> candidate = stackalloc byte[PrivateKeySize];
        while (true)
        {
            RandomNumberGenerator.Fill(candidate);
            if (Scalar.TryFromBytes(candidate, out var d) && !d.IsZero)
            {
                var key = new EthereumKey(candidate);
                CryptographicOperations.ZeroMemory(candidate);
                return key;
            }
        }
    }

    /// <summary>A key from its 32 private bytes.</summary>
    public static EthereumKey FromPrivateKey(ReadOnlySpan<byte> privateKey) => new(privateKey);

    /// <summary>A key from 0x hex of its 32 private bytes.</summary>
    public static EthereumKey FromHex(string privateKeyHex)
    {
        if (!Hex.TryDecode(privateKeyHex, out var bytes))
        {
            throw new SignatureException("private key is not hex: expected 64 hex digits, optionally 0x-prefixed");
        }

        try
        {
            return new EthereumKey(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>0x hex of the private key.</summary>
    public string ToHex() => Hex.Encode(_privateKey);

    /// <summary>Signs a 32-byte digest; deterministic (RFC 6979) with s ≤ n/2.</summary>
    public EthereumSignature Sign(ReadOnlySpan<byte> digest)
    {
        if (digest.Length != 32)
        {
            throw new SignatureException($"a digest to sign is 32 bytes, got {digest.Length}");
        }

        var z = Scalar.FromBytesReduced(digest);
        Span<byte> nonceState = stackalloc byte[64];
        var nonces = new Rfc6979Nonce(_privateKey, digest, nonceState);
        while (true)
        {
            var k = nonces.Next();
            var point = GeneratorComb.Multiply(k).ToAffine();

            // Ethereum's v carries only the y parity; an x ≥ n (probability ~2^-128) cannot be expressed, so
            // that nonce is skipped like an r of zero.
            var r = Scalar.FromFieldElement(point.X, out var xAtLeastN);
            if (r.IsZero || xAtLeastN)
            {
                continue;
            }

            var s = Scalar.Multiply(Scalar.Invert(k), Scalar.Add(z, Scalar.Multiply(r, _d)));
            if (s.IsZero)
            {
                continue;
            }

            var recoveryId = point.Y.IsOdd ? 1 : 0;
            if (s.IsHigh)
            {
                s = Scalar.Negate(s);
                recoveryId ^= 1;
            }

            Span<byte> rs = stackalloc byte[64];
            r.WriteBytes(rs[..32]);
            s.WriteBytes(rs[32..]);
            return new EthereumSignature(rs[..32], rs[32..], recoveryId);
        }
    }

    /// <summary>Signs a 32-byte hash.</summary>
    public EthereumSignature Sign(Hash32 digest) => Sign(digest.Bytes);

    /// <summary>EIP-191 personal_sign: signs keccak256("\x19Ethereum Signed Message:\n" + len + message).</summary>
    public EthereumSignature SignMessage(ReadOnlySpan<byte> message) => Sign(PersonalMessage.Hash(message));

    private static byte[] EncodePublicKey(in AffinePoint point)
    {
        var encoded = new byte[64];
        point.WriteUncompressed(encoded);
        return encoded;
    }
}
