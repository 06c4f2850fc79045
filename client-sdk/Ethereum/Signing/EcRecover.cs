using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

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

        if (!Scalar.TryFromBytes(signature.R, out var r) || r.IsZero)
        {
            throw new SignatureException("signature r is out of range (must be 1..n-1)");
        }

        if (!Scalar.TryFromBytes(signature.S, out var s) || s.IsZero)
        {
            throw new SignatureException("signature s is out of range (must be 1..n-1)");
        }

        if (!allowHighS && s.IsHigh)
        {
            throw new SignatureException("signature s is above n/2 (high-s); Ethereum accepts only low-s signatures (EIP-2)");
        }

        // R's x is r itself: r < n < p, and v cannot express the x = r + n of recovery ids 2 and 3.
        if (!AffinePoint.TryFromX(FieldElement.FromBytes(signature.R), oddY: signature.RecoveryId == 1, out var bigR))
        {
            throw new SignatureException("signature r is not the x coordinate of a curve point");
        }

        // Q = r⁻¹ (s·R − z·G) = (−z·r⁻¹)·G + (s·r⁻¹)·R
        // Everything here is public (the signature, the digest, the recovered key), so variable time is fine.
        var rInverse = Scalar.InvertVariableTime(r);
        var z = Scalar.FromBytesReduced(digest);
        var u1 = Scalar.Negate(Scalar.Multiply(z, rInverse));
        var u2 = Scalar.Multiply(s, rInverse);
        var q = DoubleScalarMultiplier.Multiply(u1, u2, bigR);
        if (q.IsInfinity)
        {
            throw new SignatureException("signature does not recover to a public key (point at infinity)");
        }

        Span<byte> publicKey = stackalloc byte[64];
        q.ToAffineVariableTime().WriteUncompressed(publicKey);
        return Address.FromPublicKey(publicKey);
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
