using System.Numerics;
using static ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1.Limbs;

namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// The GLV endomorphism of secp256k1: λ·(x, y) = (β·x, y) for a cube root of unity λ mod n and β mod p. A
/// scalar k splits into k1 + k2·λ with k1, k2 of about 128 bits (Gallant–Lambert–Vanstone, with the short
/// lattice basis of the curve), so k·P = k1·P + k2·(λP) needs half the doublings. Variable time: recovery only.
/// </summary>
internal static class Endomorphism
{
    public static Scalar Lambda { get; } = ParseScalar("5363ad4cc05c30e0a5261c028812645a122e22ea20816678df02967c1b23bd72");

    public static FieldElement Beta { get; } = FieldElement.FromBytes(Convert.FromHexString("7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee"));

    // The short basis (a1, b1), (a2, b2) of { (x, y) : x + y·λ ≡ 0 (mod n) }, with b1 < 0 kept as −b1.
    private static readonly Scalar MinusB1 = ParseScalar("e4437ed6010e88286f547fa90abfe4c3");
    private static readonly Scalar B2 = ParseScalar("3086d221a7d46bcde86c90e49284eb15");

    // round(2^384·b2 / n) and round(2^384·(−b1) / n): c = round(k·g / 2^384) replaces a division by n.
    private static readonly Scalar G1 = RoundedQuotient(B2);
    private static readonly Scalar G2 = RoundedQuotient(MinusB1);

    /// <summary>k1, k2 with k ≡ k1 + k2·λ (mod n); both are short, possibly as their negation (n − k).</summary>
    public static (Scalar K1, Scalar K2) Split(in Scalar k)
    {
        var c1 = MultiplyShift384(k, G1);
        var c2 = MultiplyShift384(k, G2);

        // k2 = −c1·b1 − c2·b2 and k1 = k − k2·λ: exact by construction, short because the basis is.
        var k2 = Scalar.Add(Scalar.Multiply(c1, MinusB1), Scalar.Negate(Scalar.Multiply(c2, B2)));
        var k1 = Scalar.Add(k, Scalar.Negate(Scalar.Multiply(k2, Lambda)));
        return (k1, k2);
    }

    /// <summary>round(a·b / 2^384) for a, b below 2^256.</summary>
    private static Scalar MultiplyShift384(in Scalar a, in Scalar b)
    {
        Span<ulong> product = stackalloc ulong[8];
        for (var i = 0; i < 4; i++)
        {
            ulong carry = 0;
            for (var j = 0; j < 4; j++)
            {
                product[i + j] = MulAdd(a.Limb(i), b.Limb(j), product[i + j], carry, out carry);
            }

            product[i + 4] = carry;
        }

        var low = AddCarry(product[6], product[5] >> 63, 0, out var carry2);
        var high = product[7] + carry2;
        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[16..], high);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(bytes[24..], low);
        return ParseScalar(bytes);
    }

    private static Scalar RoundedQuotient(in Scalar basisValue)
    {
        // Runs once per process.
        Span<byte> bytes = stackalloc byte[32];
        basisValue.WriteBytes(bytes);
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var n = new BigInteger(Convert.FromHexString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"), isUnsigned: true, isBigEndian: true);
        var quotient = ((value << 384) + (n / 2)) / n;
        bytes.Clear();
        quotient.TryWriteBytes(bytes[(32 - quotient.GetByteCount(isUnsigned: true))..], out _, isUnsigned: true, isBigEndian: true);
        return ParseScalar(bytes);
    }

    private static Scalar ParseScalar(string hex)
    {
        Span<byte> bytes = stackalloc byte[32];
        bytes.Clear();
        var value = Convert.FromHexString(hex);
        value.CopyTo(bytes[(32 - value.Length)..]);
        return ParseScalar(bytes);
    }

    private static Scalar ParseScalar(ReadOnlySpan<byte> bytes) =>
        Scalar.TryFromBytes(bytes, out var scalar) ? scalar : throw new InvalidOperationException("an endomorphism constant is not below n");
}
