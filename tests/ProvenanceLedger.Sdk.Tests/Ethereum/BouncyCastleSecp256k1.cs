using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>
/// The SDK's former BouncyCastle-based secp256k1 path, kept as an independent reference: its own RFC 6979
/// (HMacDsaKCalculator), point types and GLV multiplication. The SDK's own core must agree with it exactly.
/// </summary>
internal static class BouncyCastleSecp256k1
{
    private static readonly X9ECParameters Parameters = CustomNamedCurves.GetByName("secp256k1");

    public static ECCurve Curve => Parameters.Curve;

    public static ECPoint G => Parameters.G;

    public static BigInteger N => Parameters.N;

    public static BigInteger HalfN => Parameters.N.ShiftRight(1);

    public static BigInteger ToInteger(ReadOnlySpan<byte> bigEndian) => new(1, bigEndian);

    public static byte[] ToBytes32(BigInteger value) => Org.BouncyCastle.Utilities.BigIntegers.AsUnsignedByteArray(32, value);

    /// <summary>x || y of d·G.</summary>
    public static byte[] PublicKey(ReadOnlySpan<byte> privateKey) => Encode(G.Multiply(ToInteger(privateKey)).Normalize());

    public static byte[] Encode(ECPoint point) => point.GetEncoded(false)[1..];

    /// <summary>RFC 6979 ECDSA with low-s normalisation: r || s || recovery id (0/1) as 65 bytes.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> privateKey, ReadOnlySpan<byte> digest)
    {
        var d = ToInteger(privateKey);
        var z = ToInteger(digest);
        var nonces = new HMacDsaKCalculator(new Sha256Digest());
        nonces.Init(N, d, digest.ToArray());
        while (true)
        {
            var k = nonces.NextK();
            var point = G.Multiply(k).Normalize();
            var x = point.AffineXCoord.ToBigInteger();
            var r = x.Mod(N);
            var s = k.ModInverse(N).Multiply(z.Add(r.Multiply(d))).Mod(N);
            if (r.SignValue == 0 || s.SignValue == 0 || !x.Equals(r))
            {
                continue;
            }

            var recoveryId = point.AffineYCoord.TestBitZero() ? 1 : 0;
            if (s.CompareTo(HalfN) > 0)
            {
                s = N.Subtract(s);
                recoveryId ^= 1;
            }

            return [.. ToBytes32(r), .. ToBytes32(s), (byte)recoveryId];
        }
    }

    /// <summary>The public key (x || y) that signed, or null when r, s or the point are invalid (high s allowed).</summary>
    public static byte[]? Recover(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> r32, ReadOnlySpan<byte> s32, int recoveryId)
    {
        var r = ToInteger(r32);
        var s = ToInteger(s32);
        if (r.SignValue == 0 || r.CompareTo(N) >= 0 || s.SignValue == 0 || s.CompareTo(N) >= 0)
        {
            return null;
        }

        ECPoint bigR;
        try
        {
            bigR = Curve.DecodePoint([(byte)(0x02 | recoveryId), .. r32]);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var rInverse = r.ModInverse(N);
        var u1 = N.Subtract(ToInteger(digest)).Multiply(rInverse).Mod(N);
        var u2 = s.Multiply(rInverse).Mod(N);
        var q = ECAlgorithms.SumOfTwoMultiplies(G, u1, bigR, u2).Normalize();
        return q.IsInfinity ? null : Encode(q);
    }
}
