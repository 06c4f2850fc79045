using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

/// <summary>The curve's constants as System.Numerics integers, and conversions, for checking the limb code.</summary>
internal static class Numbers
{
    public static readonly BigInteger P = Parse("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");
    public static readonly BigInteger N = Parse("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    public static readonly BigInteger TwoTo256 = BigInteger.One << 256;

    public static BigInteger Parse(string hex) => BigInteger.Parse("0" + hex, System.Globalization.NumberStyles.HexNumber);

    public static byte[] ToBytes32(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }

    public static BigInteger FromBytes(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    public static BigInteger Value(FieldElement element)
    {
        var bytes = new byte[32];
        element.WriteBytes(bytes);
        return FromBytes(bytes);
    }

    public static BigInteger Value(Scalar scalar)
    {
        var bytes = new byte[32];
        scalar.WriteBytes(bytes);
        return FromBytes(bytes);
    }

    public static FieldElement ToField(BigInteger value) => FieldElement.FromBytes(ToBytes32(value));

    public static Scalar ToScalar(BigInteger value)
    {
        Assert.True(Scalar.TryFromBytes(ToBytes32(value), out var scalar));
        return scalar;
    }

    /// <summary>A uniformly random 256-bit integer.</summary>
    public static BigInteger Random256(Random random) => FromBytes(Seeded.Bytes(random, 32));

    /// <summary>Random values below 2^256, after the edge values that carries and reductions meet.</summary>
    public static IEnumerable<BigInteger> FieldInputs(Random random, int count)
    {
        BigInteger[] edges = [0, 1, 2, P - 1, P, P + 1, TwoTo256 - 1, TwoTo256 - P, (BigInteger.One << 64) - 1, BigInteger.One << 255, P - (BigInteger.One << 64), P - (BigInteger.One << 192)];
        return edges.Concat(Enumerable.Range(0, count).Select(_ => Random256(random)));
    }

    /// <summary>Random values below n, after the edge values.</summary>
    public static IEnumerable<BigInteger> ScalarInputs(Random random, int count)
    {
        BigInteger[] edges = [0, 1, 2, N - 1, N - 2, N / 2, (N / 2) + 1, (BigInteger.One << 64) - 1, BigInteger.One << 255];
        return edges.Concat(Enumerable.Range(0, count).Select(_ => Random256(random) % N));
    }
}
