using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using static ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1.Limbs;

namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// An element of the secp256k1 base field, p = 2^256 − 2^32 − 977, as four little-endian 64-bit limbs.
/// Results are kept below 2^256 but not necessarily below p (2^256 &lt; 2p, so one subtraction of p at most is
/// pending); <see cref="Normalize"/> gives the canonical value. Every operation runs the same instructions
/// whatever the values: reduction folds the high half with 2^256 ≡ 2^32 + 977 (mod p).
/// </summary>
internal readonly partial struct FieldElement
{
    /// <summary>2^256 mod p.</summary>
    private const ulong Fold = 0x1000003D1;

    private readonly ulong _l0;
    private readonly ulong _l1;
    private readonly ulong _l2;
    private readonly ulong _l3;

    public FieldElement(ulong l0, ulong l1, ulong l2, ulong l3)
    {
        _l0 = l0;
        _l1 = l1;
        _l2 = l2;
        _l3 = l3;
    }

    public static FieldElement Zero => default;

    public static FieldElement One => new(1, 0, 0, 0);

    /// <summary>The curve constant b = 7 of y² = x³ + 7.</summary>
    public static FieldElement B => new(7, 0, 0, 0);

    /// <summary>True when the canonical value is zero: the limbs hold 0 or p itself (nothing else below 2^256).</summary>
    public bool IsZero =>
        ((_l0 | _l1 | _l2 | _l3) == 0) | ((_l0 == 0xFFFFFFFEFFFFFC2F) & ((_l1 & _l2 & _l3) == ulong.MaxValue));

    /// <summary>True when the canonical value is odd (the y parity of a point).</summary>
    public bool IsOdd => (Normalize()._l0 & 1) == 1;

    /// <summary>32 big-endian bytes, any value below 2^256 (it is reduced lazily).</summary>
    public static FieldElement FromBytes(ReadOnlySpan<byte> bigEndian) => new(
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian[24..]),
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(bigEndian));

    /// <summary>Writes the canonical value as 32 big-endian bytes.</summary>
    public void WriteBytes(Span<byte> destination)
    {
        var n = Normalize();
        BinaryPrimitives.WriteUInt64BigEndian(destination, n._l3);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], n._l2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], n._l1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], n._l0);
    }

    /// <summary>The limb <paramref name="index"/> (0 = least significant) of the canonical value.</summary>
    public ulong CanonicalLimb(int index)
    {
        var n = Normalize();
        return index switch
        {
            0 => n._l0,
            1 => n._l1,
            2 => n._l2,
            _ => n._l3,
        };
    }

    /// <summary>The canonical representative, below p.</summary>
    public FieldElement Normalize()
    {
        // a ≥ p exactly when a + (2^256 − p) carries out of 256 bits, and then the wrapped sum is a − p.
        var s0 = AddCarry(_l0, Fold, 0, out var carry);
        var s1 = AddCarry(_l1, 0, carry, out carry);
        var s2 = AddCarry(_l2, 0, carry, out carry);
        var s3 = AddCarry(_l3, 0, carry, out carry);
        var take = Mask(carry);
        return new FieldElement(
            (s0 & take) | (_l0 & ~take),
            (s1 & take) | (_l1 & ~take),
            (s2 & take) | (_l2 & ~take),
            (s3 & take) | (_l3 & ~take));
    }

    /// <summary>Equality of the canonical values.</summary>
    public bool ValueEquals(in FieldElement other) => Subtract(this, other).IsZero;

    public static FieldElement Add(in FieldElement a, in FieldElement b)
    {
        var r0 = AddCarry(a._l0, b._l0, 0, out var carry);
        var r1 = AddCarry(a._l1, b._l1, carry, out carry);
        var r2 = AddCarry(a._l2, b._l2, carry, out carry);
        var r3 = AddCarry(a._l3, b._l3, carry, out carry);

        // A carry out dropped 2^256 ≡ Fold; add it back. If that wraps again the value is below Fold, so the
        // second fold cannot carry.
        r0 = AddCarry(r0, Fold & Mask(carry), 0, out carry);
        r1 = AddCarry(r1, 0, carry, out carry);
        r2 = AddCarry(r2, 0, carry, out carry);
        r3 = AddCarry(r3, 0, carry, out carry);
        r0 += Fold & Mask(carry);
        return new FieldElement(r0, r1, r2, r3);
    }

    public static FieldElement Subtract(in FieldElement a, in FieldElement b)
    {
        var r0 = SubBorrow(a._l0, b._l0, 0, out var borrow);
        var r1 = SubBorrow(a._l1, b._l1, borrow, out borrow);
        var r2 = SubBorrow(a._l2, b._l2, borrow, out borrow);
        var r3 = SubBorrow(a._l3, b._l3, borrow, out borrow);

        // A borrow added 2^256 ≡ Fold; take it away (adding p). A second borrow means the value wrapped to at
        // least 2^256 − Fold, so the second subtraction cannot borrow.
        r0 = SubBorrow(r0, Fold & Mask(borrow), 0, out borrow);
        r1 = SubBorrow(r1, 0, borrow, out borrow);
        r2 = SubBorrow(r2, 0, borrow, out borrow);
        r3 = SubBorrow(r3, 0, borrow, out borrow);
        r0 -= Fold & Mask(borrow);
        return new FieldElement(r0, r1, r2, r3);
    }

    public static FieldElement Negate(in FieldElement a) => Subtract(Zero, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FieldElement Double(in FieldElement a) => Add(a, a);

    /// <summary>a/2 mod p: (a + p)/2 when a is odd, a/2 when it is even, over 257 bits, without branching.</summary>
    public static FieldElement Half(in FieldElement a)
    {
        var odd = Mask(a._l0 & 1);
        var r0 = AddCarry(a._l0, 0xFFFFFFFEFFFFFC2F & odd, 0, out var carry);
        var r1 = AddCarry(a._l1, odd, carry, out carry);
        var r2 = AddCarry(a._l2, odd, carry, out carry);
        var r3 = AddCarry(a._l3, odd, carry, out carry);
        return new FieldElement(
            (r0 >> 1) | (r1 << 63),
            (r1 >> 1) | (r2 << 63),
            (r2 >> 1) | (r3 << 63),
            (r3 >> 1) | (carry << 63));
    }

    /// <summary>a·factor for a small factor (3, 8, ...): cheaper than repeated additions.</summary>
    public static FieldElement MultiplySmall(in FieldElement a, uint factor)
    {
        var r0 = MulAdd(a._l0, factor, 0, 0, out var c);
        var r1 = MulAdd(a._l1, factor, c, 0, out c);
        var r2 = MulAdd(a._l2, factor, c, 0, out c);
        var r3 = MulAdd(a._l3, factor, c, 0, out c);
        return FoldTopLimb(r0, r1, r2, r3, c);
    }

    public static FieldElement Multiply(in FieldElement a, in FieldElement b)
    {
        ulong a0 = a._l0, a1 = a._l1, a2 = a._l2, a3 = a._l3;
        ulong b0 = b._l0, b1 = b._l1, b2 = b._l2, b3 = b._l3;

        var t0 = MulAdd(a0, b0, 0, 0, out var c);
        var t1 = MulAdd(a0, b1, c, 0, out c);
        var t2 = MulAdd(a0, b2, c, 0, out c);
        var t3 = MulAdd(a0, b3, c, 0, out c);
        var t4 = c;

        t1 = MulAdd(a1, b0, t1, 0, out c);
        t2 = MulAdd(a1, b1, t2, c, out c);
        t3 = MulAdd(a1, b2, t3, c, out c);
        t4 = MulAdd(a1, b3, t4, c, out c);
        var t5 = c;

        t2 = MulAdd(a2, b0, t2, 0, out c);
        t3 = MulAdd(a2, b1, t3, c, out c);
        t4 = MulAdd(a2, b2, t4, c, out c);
        t5 = MulAdd(a2, b3, t5, c, out c);
        var t6 = c;

        t3 = MulAdd(a3, b0, t3, 0, out c);
        t4 = MulAdd(a3, b1, t4, c, out c);
        t5 = MulAdd(a3, b2, t5, c, out c);
        t6 = MulAdd(a3, b3, t6, c, out c);
        var t7 = c;

        return Reduce(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    public static FieldElement Square(in FieldElement a)
    {
        ulong a0 = a._l0, a1 = a._l1, a2 = a._l2, a3 = a._l3;

        // The six cross products once, then doubled, then the four squares on the diagonal.
        var x1 = MulAdd(a0, a1, 0, 0, out var c);
        var x2 = MulAdd(a0, a2, c, 0, out c);
        var x3 = MulAdd(a0, a3, c, 0, out c);
        var x4 = c;
        x3 = MulAdd(a1, a2, x3, 0, out c);
        x4 = MulAdd(a1, a3, x4, c, out c);
        var x5 = c;
        x5 = MulAdd(a2, a3, x5, 0, out c);
        var x6 = c;

        var x7 = x6 >> 63;
        x6 = (x6 << 1) | (x5 >> 63);
        x5 = (x5 << 1) | (x4 >> 63);
        x4 = (x4 << 1) | (x3 >> 63);
        x3 = (x3 << 1) | (x2 >> 63);
        x2 = (x2 << 1) | (x1 >> 63);
        x1 <<= 1;

        var hi = Limbs.Multiply(a0, a0, out var t0);
        var t1 = AddCarry(x1, hi, 0, out var carry);
        hi = Limbs.Multiply(a1, a1, out var lo);
        var t2 = AddCarry(x2, lo, carry, out carry);
        var t3 = AddCarry(x3, hi, carry, out carry);
        hi = Limbs.Multiply(a2, a2, out lo);
        var t4 = AddCarry(x4, lo, carry, out carry);
        var t5 = AddCarry(x5, hi, carry, out carry);
        hi = Limbs.Multiply(a3, a3, out lo);
        var t6 = AddCarry(x6, lo, carry, out carry);
        var t7 = AddCarry(x7, hi, carry, out _);

        return Reduce(t0, t1, t2, t3, t4, t5, t6, t7);
    }

    /// <summary>a^(2^count): <paramref name="count"/> successive squarings.</summary>
    public static FieldElement SquareTimes(in FieldElement a, int count)
    {
        var r = Square(a);
        for (var i = 1; i < count; i++)
        {
            r = Square(r);
        }

        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement Reduce(ulong t0, ulong t1, ulong t2, ulong t3, ulong t4, ulong t5, ulong t6, ulong t7)
    {
        // t = low + high·2^256 ≡ low + high·Fold. high·Fold has at most 289 bits, so a fifth limb of at most
        // 34 bits remains; it is folded the same way.
        var r0 = MulAdd(t4, Fold, t0, 0, out var c);
        var r1 = MulAdd(t5, Fold, t1, c, out c);
        var r2 = MulAdd(t6, Fold, t2, c, out c);
        var r3 = MulAdd(t7, Fold, t3, c, out c);

        return FoldTopLimb(r0, r1, r2, r3, c);
    }

    /// <summary>Reduces top·2^256 + (r3..r0) for a top limb below 2^35.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldElement FoldTopLimb(ulong r0, ulong r1, ulong r2, ulong r3, ulong top)
    {
        // top·Fold < 2^68; if adding it carries out, the value left is tiny and one more Fold cannot carry.
        var hi = Limbs.Multiply(top, Fold, out var lo);
        r0 = AddCarry(r0, lo, 0, out var carry);
        r1 = AddCarry(r1, hi, carry, out carry);
        r2 = AddCarry(r2, 0, carry, out carry);
        r3 = AddCarry(r3, 0, carry, out carry);

        r0 = AddCarry(r0, Fold & Mask(carry), 0, out carry);
        r1 = AddCarry(r1, 0, carry, out carry);
        r2 = AddCarry(r2, 0, carry, out carry);
        r3 += carry;
        return new FieldElement(r0, r1, r2, r3);
    }
}
