using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Math.EC.Multiplier;

namespace ProvenanceLedger.Sdk.Ethereum.Signing;

/// <summary>
/// The secp256k1 curve as BouncyCastle's custom (fast field, GLV endomorphism) implementation, with one shared
/// generator whose fixed-point comb table is computed once and then reused by every signature.
/// </summary>
internal static class Secp256k1
{
    private static readonly X9ECParameters Parameters = CustomNamedCurves.GetByName("secp256k1");

    /// <summary>The curve.</summary>
    public static ECCurve Curve { get; } = Parameters.Curve;

    /// <summary>The generator; its precomputed comb table lives on this instance.</summary>
    public static ECPoint G { get; } = Parameters.G;

    /// <summary>The group order n.</summary>
    public static BigInteger N { get; } = Parameters.N;

    /// <summary>n / 2: a low-s signature has s ≤ this (EIP-2).</summary>
    public static BigInteger HalfN { get; } = Parameters.N.ShiftRight(1);

    /// <summary>Multiplies the generator with a cached comb table (thread-safe, stateless).</summary>
    public static ECMultiplier BaseMultiplier { get; } = new FixedPointCombMultiplier();

    /// <summary>k·G, normalised to affine coordinates.</summary>
    public static ECPoint MultiplyGenerator(BigInteger k) => BaseMultiplier.Multiply(G, k).Normalize();

    /// <summary>An unsigned big-endian integer from bytes.</summary>
    public static BigInteger ToInteger(ReadOnlySpan<byte> bigEndian) => new(1, bigEndian);

    /// <summary>Writes <paramref name="value"/> as exactly 32 big-endian bytes.</summary>
    public static void WriteScalar(BigInteger value, Span<byte> destination) => Org.BouncyCastle.Utilities.BigIntegers.AsUnsignedByteArray(value, destination[..32]);
}
