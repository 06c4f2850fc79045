using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using static ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1.Limbs;

namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// An integer modulo the secp256k1 group order n, always fully reduced (below n), as four little-endian
/// 64-bit limbs. Products use Montgomery multiplication (CIOS); the inverse is Fermat's a^(n−2) with a fixed
/// 4-bit window, so the instruction sequence never depends on the value (the exponent is public).
/// </summary>
internal readonly struct Scalar
{
    private const ulong N0 = 0xBFD25E8CD0364141;
    private const ulong N1 = 0xBAAEDCE6AF48A03B;
    private const ulong N2 = 0xFFFFFFFFFFFFFFFE;
    private const ulong N3 = 0xFFFFFFFFFFFFFFFF;

    // n / 2, the largest low-s value (EIP-2).
    private const ulong HalfN0 = 0xDFE92F46681B20A0;
    private const ulong HalfN1 = 0x5D576E7357A4501D;
    private const ulong HalfN2 = 0xFFFFFFFFFFFFFFFF;
    private const ulong HalfN3 = 0x7FFFFFFFFFFFFFFF;

    /// <summary>−n⁻¹ mod 2^64, the Montgomery reduction factor.</summary>
    private static readonly ulong NPrime = NegativeInverseOfN0();

    /// <summary>2^512 mod n: multiplying by it (Montgomery) brings a value into Montgomery form.</summary>
    private static readonly Scalar RSquared = ComputeRSquared();

    private readonly ulong _l0;
    private readonly ulong _l1;
    private readonly ulong _l2;
    private readonly ulong _l3;

    private Scalar(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        _l0 = l0;
        _l1 = l1;
        _l2 = l2;
        _l3 = l3;
    }

    public static Scalar One => new(1, 0, 0, 0);

    public bool IsZero => (_l0 | _l1 | _l2 | _l3) == 0;

    /// <summary>True when the value is above n/2, i.e. a high-s signature value (EIP-2).</summary>
    public bool IsHigh
    {
        get
        {
            SubBorrow(HalfN0, _l0, 0, out var borrow);
            SubBorrow(HalfN1, _l1, borrow, out borrow);
            SubBorrow(HalfN2, _l2, borrow, out borrow);
            SubBorrow(HalfN3, _l3, borrow, out borrow);
            return borrow == 1;
        }
    }

    /// <summary>Reads 32 big-endian bytes; false when the value is n or more (nothing is reduced).</summary>
    public static bool TryFromBytes(ReadOnlySpan<byte> bigEndian, out Scalar value)
    {
        var raw = ReadRaw(bigEndian);
        value = raw;
        return !IsAtLeastN(raw._l0, raw._l1, raw._l2, raw._l3, 0);
    }

    /// <summary>Reads 32 big-endian bytes reduced mod n (as ECDSA does with a digest).</summary>
    public static Scalar FromBytesReduced(ReadOnlySpan<byte> bigEndian)
    {
        var raw = ReadRaw(bigEndian);
        return ReduceOnce(raw._l0, raw._l1, raw._l2, raw._l3, 0);
    }

    /// <summary>
    /// A field element (below p, which is below 2n) reduced mod n; <paramref name="wasReduced"/> tells whether
    /// it was n or more, i.e. whether x mod n lost information.
    /// </summary>
    public static Scalar FromFieldElement(in FieldElement x, out bool wasReduced)
    {
        ulong l0 = x.CanonicalLimb(0), l1 = x.CanonicalLimb(1), l2 = x.CanonicalLimb(2), l3 = x.CanonicalLimb(3);
        wasReduced = IsAtLeastN(l0, l1, l2, l3, 0);
        return ReduceOnce(l0, l1, l2, l3, 0);
    }

    /// <summary>True when 32 big-endian bytes encode a value above n/2 (or ≥ n).</summary>
    public static bool IsHighValue(ReadOnlySpan<byte> bigEndian)
    {
        var raw = ReadRaw(bigEndian);
        return raw.IsHigh;
    }

    /// <summary>Writes the value as 32 big-endian bytes.</summary>
    public void WriteBytes(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _l3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _l2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _l1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _l0);
    }

    /// <summary>Limb <paramref name="index"/>, 0 = least significant.</summary>
    public ulong Limb(int index) => index switch
    {
        0 => _l0,
        1 => _l1,
        2 => _l2,
        _ => _l3,
    };

    /// <summary><paramref name="count"/> (≤ 16) bits starting at bit <paramref name="position"/> (0 = least significant).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Bits(int position, int count)
    {
        var limb = position >> 6;
        var shift = position & 63;
        var value = Limb(limb) >> shift;
        if (shift + count > 64 && limb < 3)
        {
            value |= Limb(limb + 1) << (64 - shift);
        }

        return (uint)value & ((1u << count) - 1);
    }

    public static Scalar Add(in Scalar a, in Scalar b)
    {
        var r0 = AddCarry(a._l0, b._l0, 0, out var carry);
        var r1 = AddCarry(a._l1, b._l1, carry, out carry);
        var r2 = AddCarry(a._l2, b._l2, carry, out carry);
        var r3 = AddCarry(a._l3, b._l3, carry, out carry);
        return ReduceOnce(r0, r1, r2, r3, carry);
    }

    /// <summary>n − a, and zero for zero.</summary>
    public static Scalar Negate(in Scalar a)
    {
        var r0 = SubBorrow(N0, a._l0, 0, out var borrow);
        var r1 = SubBorrow(N1, a._l1, borrow, out borrow);
        var r2 = SubBorrow(N2, a._l2, borrow, out borrow);
        var r3 = SubBorrow(N3, a._l3, borrow, out _);
        var keep = Mask(Bit(!a.IsZero));
        return new Scalar(r0 & keep, r1 & keep, r2 & keep, r3 & keep);
    }

    /// <summary>a·b mod n.</summary>
    public static Scalar Multiply(in Scalar a, in Scalar b) => MontgomeryMultiply(MontgomeryMultiply(a, RSquared), b);

    /// <summary>a⁻¹ mod n by Fermat (a^(n−2)); zero maps to zero.</summary>
    public static Scalar Invert(in Scalar a)
    {
        // The exponent n − 2 is public, so a fixed 4-bit window with a plain table index is constant-time.
        Span<Scalar> powers = stackalloc Scalar[16];
        powers[0] = MontgomeryMultiply(One, RSquared);
        powers[1] = MontgomeryMultiply(a, RSquared);
        for (var i = 2; i < 16; i++)
        {
            powers[i] = MontgomeryMultiply(powers[i - 1], powers[1]);
        }

        var exponent = new Scalar(N0 - 2, N1, N2, N3);
        var result = powers[(int)exponent.Bits(252, 4)];
        for (var position = 248; position >= 0; position -= 4)
        {
            result = MontgomeryMultiply(result, result);
            result = MontgomeryMultiply(result, result);
            result = MontgomeryMultiply(result, result);
            result = MontgomeryMultiply(result, result);
            result = MontgomeryMultiply(result, powers[(int)exponent.Bits(position, 4)]);
        }

        // Out of Montgomery form: (a⁻¹·R)·1·R⁻¹.
        return MontgomeryMultiply(result, One);
    }

    /// <summary>
    /// a⁻¹ mod n in variable time (<see cref="VariableTimeInverter"/>); zero maps to zero. For public values
    /// only, such as a signature's r during recovery.
    /// </summary>
    public static Scalar InvertVariableTime(in Scalar a)
    {
        VariableTimeInverter.GroupOrder.Invert(a._l0, a._l1, a._l2, a._l3, out var r0, out var r1, out var r2, out var r3);
        return new Scalar(r0, r1, r2, r3);
    }

    /// <summary>a·b·2^−256 mod n (CIOS); inputs below n give an output below n.</summary>
    private static Scalar MontgomeryMultiply(in Scalar a, in Scalar b)
    {
        ulong t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        MontgomeryRound(a, b._l0, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRound(a, b._l1, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRound(a, b._l2, ref t0, ref t1, ref t2, ref t3, ref t4);
        MontgomeryRound(a, b._l3, ref t0, ref t1, ref t2, ref t3, ref t4);
        return ReduceOnce(t0, t1, t2, t3, t4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MontgomeryRound(in Scalar a, ulong bi, ref ulong t0, ref ulong t1, ref ulong t2, ref ulong t3, ref ulong t4)
    {
        // t += a·bi, then t = (t + m·n) / 2^64 with m chosen so the low limb cancels.
        t0 = MulAdd(a._l0, bi, t0, 0, out var c);
        t1 = MulAdd(a._l1, bi, t1, c, out c);
        t2 = MulAdd(a._l2, bi, t2, c, out c);
        t3 = MulAdd(a._l3, bi, t3, c, out c);
        t4 = AddCarry(t4, c, 0, out var t5);

        var m = t0 * NPrime;
        MulAdd(m, N0, t0, 0, out c);
        t0 = MulAdd(m, N1, t1, c, out c);
        t1 = MulAdd(m, N2, t2, c, out c);
        t2 = MulAdd(m, N3, t3, c, out c);
        t3 = AddCarry(t4, c, 0, out var carry);
        t4 = t5 + carry;
    }

    private static Scalar ReadRaw(ReadOnlySpan<byte> bigEndian)
    {
        if (bigEndian.Length != 32)
        {
            throw new ArgumentException($"a scalar is 32 bytes, got {bigEndian.Length}", nameof(bigEndian));
        }

        return new Scalar(
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian[24..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bigEndian));
    }

    /// <summary>True when l4·2^256 + (l3..l0) ≥ n.</summary>
    private static bool IsAtLeastN(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        SubBorrow(l0, N0, 0, out var borrow);
        SubBorrow(l1, N1, borrow, out borrow);
        SubBorrow(l2, N2, borrow, out borrow);
        SubBorrow(l3, N3, borrow, out borrow);
        return (l4 | (borrow ^ 1)) != 0;
    }

    /// <summary>Subtracts n once when the value (below 2n) is n or more, without branching.</summary>
    private static Scalar ReduceOnce(ulong l0, ulong l1, ulong l2, ulong l3, ulong l4)
    {
        var s0 = SubBorrow(l0, N0, 0, out var borrow);
        var s1 = SubBorrow(l1, N1, borrow, out borrow);
        var s2 = SubBorrow(l2, N2, borrow, out borrow);
        var s3 = SubBorrow(l3, N3, borrow, out borrow);
        var take = Mask(l4 | (borrow ^ 1));
        return new Scalar(
            (s0 & take) | (l0 & ~take),
            (s1 & take) | (l1 & ~take),
            (s2 & take) | (l2 & ~take),
            (s3 & take) | (l3 & ~take));
    }

    private static ulong NegativeInverseOfN0()
    {
        // Newton's iteration x ← x(2 − n0·x) doubles the correct low bits; n0·n0 ≡ 1 (mod 8) starts at 3.
        var inverse = N0;
        for (var i = 0; i < 5; i++)
        {
            inverse *= 2 - (N0 * inverse);
        }

        return 0 - inverse;
    }

    private static Scalar ComputeRSquared()
    {
        // Runs once per process; the value is a constant of the curve.
        Span<byte> bytes = stackalloc byte[32];
        new Scalar(N0, N1, N2, N3).WriteBytes(bytes);
        var n = new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        var r2 = System.Numerics.BigInteger.ModPow(2, 512, n);
        bytes.Clear();
        r2.TryWriteBytes(bytes[(32 - r2.GetByteCount(isUnsigned: true))..], out _, isUnsigned: true, isBigEndian: true);
        return ReadRaw(bytes);
    }
}
