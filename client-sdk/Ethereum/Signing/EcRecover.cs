using Org.BouncyCastle.Math.EC;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>Recovers the signer's address from a digest and a signature, and verifies signatures.</summary>
public static class EcRecover
{
    /// <summary>
    /// The address that produced <paramref name="signature"/> over <paramref name="digest"/>. Rejects r or s
    /// outside 1..n-1 and, unless <paramref name="allowHighS"/> (ecrecover precompile semantics), s &gt; n/2 as
    /// Ethereum does for transactions (EIP-2).
    /// </summary>
    public static Address Recover(ReadOnlySpan<byte> digest, EthereumSignature signature, bool allowHighS = false)
    {
        if (digest.Length != 32)
        {
            throw new SignatureException($"a signed digest is 32 bytes, got {digest.Length}");
        }

        var r = Secp256k1.ToInteger(signature.R);
        var s = Secp256k1.ToInteger(signature.S);
        if (r.SignValue == 0 || r.CompareTo(Secp256k1.N) >= 0)
        {
            throw new SignatureException("signature r is out of range (must be 1..n-1)");
        }

        if (s.SignValue == 0 || s.CompareTo(Secp256k1.N) >= 0)
        {
            throw new SignatureException("signature s is out of range (must be 1..n-1)");
        }

        if (!allowHighS && s.CompareTo(Secp256k1.HalfN) > 0)
        {
            throw new SignatureException("signature s is above n/2 (high-s); Ethereum accepts only low-s signatures (EIP-2)");
        }

        Span<byte> compressed = stackalloc byte[33];
        compressed[0] = (byte)(0x02 | signature.RecoveryId);
        signature.R.CopyTo(compressed[1..]);
        ECPoint bigR;
        try
        {
            bigR = Secp256k1.Curve.DecodePoint(compressed.ToArray());
        }
        catch (ArgumentException e)
        {
            throw new SignatureException("signature r is not the x coordinate of a curve point", e);
        }

        // Q = r⁻¹ (s·R − z·G) = (−z·r⁻¹)·G + (s·r⁻¹)·R
        var rInverse = Org.BouncyCastle.Utilities.BigIntegers.ModOddInverse(Secp256k1.N, r);
        var z = Secp256k1.ToInteger(digest);
        var u1 = Secp256k1.N.Subtract(z).Multiply(rInverse).Mod(Secp256k1.N);
        var u2 = s.Multiply(rInverse).Mod(Secp256k1.N);
        var q = ECAlgorithms.SumOfTwoMultiplies(Secp256k1.G, u1, bigR, u2).Normalize();
        if (q.IsInfinity)
        {
            throw new SignatureException("signature does not recover to a public key (point at infinity)");
        }

        return Address.FromPublicKey(EthereumKey.EncodePublicKey(q));
    }

    /// <summary>Recovers from a 32-byte hash.</summary>
    public static Address Recover(Hash32 digest, EthereumSignature signature, bool allowHighS = false) =>
        Recover(digest.Bytes, signature, allowHighS);

    /// <summary>Recovers without throwing on a malformed or non-Ethereum signature.</summary>
    public static bool TryRecover(ReadOnlySpan<byte> digest, EthereumSignature signature, out Address signer)
    {
        try
        {
            signer = Recover(digest, signature);
            return true;
        }
        catch (SignatureException)
        {
            signer = default;
            return false;
        }
    }

    /// <summary>True when <paramref name="signature"/> over <paramref name="digest"/> was made by <paramref name="signer"/>.</summary>
    public static bool Verify(ReadOnlySpan<byte> digest, EthereumSignature signature, Address signer) =>
        TryRecover(digest, signature, out var recovered) && recovered == signer;

    /// <summary>The signer of an EIP-191 personal_sign message.</summary>
    public static Address RecoverMessage(ReadOnlySpan<byte> message, EthereumSignature signature) =>
        Recover(PersonalMessage.Hash(message), signature);
}
