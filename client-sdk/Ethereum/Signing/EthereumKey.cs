using System.Security.Cryptography;
using Org.BouncyCastle.Math;
using ECPoint = Org.BouncyCastle.Math.EC.ECPoint;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>
/// A secp256k1 private key with its public key and address. Signs 32-byte digests deterministically
/// (RFC 6979, HMAC-SHA256) with low-s normalisation and a recovery id, as Ethereum requires.
/// </summary>
public sealed class EthereumKey
{
    /// <summary>Private key length in bytes.</summary>
    public const int PrivateKeySize = 32;

    private readonly byte[] _privateKey;
    private readonly BigInteger _d;
    private readonly byte[] _publicKey;

    private EthereumKey(ReadOnlySpan<byte> privateKey)
    {
        if (privateKey.Length != PrivateKeySize)
        {
            throw new SignatureException($"a private key is {PrivateKeySize} bytes, got {privateKey.Length}");
        }

        _d = Secp256k1.ToInteger(privateKey);
        if (_d.SignValue == 0 || _d.CompareTo(Secp256k1.N) >= 0)
        {
            throw new SignatureException("private key is out of range: it must be between 1 and n-1 of secp256k1");
        }

        _privateKey = privateKey.ToArray();
        _publicKey = EncodePublicKey(Secp256k1.MultiplyGenerator(_d));
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
            var d = Secp256k1.ToInteger(candidate);
            if (d.SignValue > 0 && d.CompareTo(Secp256k1.N) < 0)
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

        var z = Secp256k1.ToInteger(digest);
        Span<byte> nonceState = stackalloc byte[64];
        var nonces = new Rfc6979Nonce(_privateKey, digest, nonceState);
        while (true)
        {
            var k = nonces.Next();
            var point = Secp256k1.MultiplyGenerator(k);
            var x = point.AffineXCoord.ToBigInteger();
            var r = x.Mod(Secp256k1.N);
            if (r.SignValue == 0)
            {
                continue;
            }

            var s = Org.BouncyCastle.Utilities.BigIntegers.ModOddInverse(Secp256k1.N, k).Multiply(z.Add(r.Multiply(_d))).Mod(Secp256k1.N);
            if (s.SignValue == 0)
            {
                continue;
            }

            // Ethereum's v carries only the y parity; an x ≥ n (probability ~2^-128) cannot be expressed, so
            // that nonce is skipped like an r of zero.
            if (!x.Equals(r))
            {
                continue;
            }

            var recoveryId = point.AffineYCoord.TestBitZero() ? 1 : 0;
            if (s.CompareTo(Secp256k1.HalfN) > 0)
            {
                s = Secp256k1.N.Subtract(s);
                recoveryId ^= 1;
            }

            Span<byte> rs = stackalloc byte[64];
            Secp256k1.WriteScalar(r, rs[..32]);
            Secp256k1.WriteScalar(s, rs[32..]);
            return new EthereumSignature(rs[..32], rs[32..], recoveryId);
        }
    }

    /// <summary>Signs a 32-byte hash.</summary>
    public EthereumSignature Sign(Hash32 digest) => Sign(digest.Bytes);

    /// <summary>EIP-191 personal_sign: signs keccak256("\x19Ethereum Signed Message:\n" + len + message).</summary>
    public EthereumSignature SignMessage(ReadOnlySpan<byte> message) => Sign(PersonalMessage.Hash(message));

    internal static byte[] EncodePublicKey(ECPoint point)
    {
        var encoded = point.GetEncoded(false);
        return encoded[1..];
    }
}
