using System.Numerics;
using System.Runtime.CompilerServices;

namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// Modular inversion by Bernstein–Yang divsteps ("safegcd", https://gcd.cr.yp.to/papers.html), in variable
/// time: about ten rounds of 62 divsteps on 64-bit words, each followed by one matrix update of the full-width
/// values, instead of the ~300 multiplications of a Fermat power. Its branches and loop counts depend on the
/// input, so it is for public values only (signature recovery: r⁻¹ mod n and the final Z⁻¹ mod p); signing keeps
/// the constant-time Fermat inversions.
/// </summary>
/// <remarks>
/// Values are held in five signed 62-bit limbs (limbs 0..3 in [0, 2^62), the top one signed), so a 62-bit
/// signed matrix entry times a limb fits in 128 bits. The invariant is f ≡ d·x and g ≡ e·x (mod M), starting
/// from f = M, g = x, d = 0, e = 1; divsteps drive g to 0 and f to ±gcd = ±1, so x⁻¹ = ±d.
/// </remarks>
internal sealed class VariableTimeInverter
{
    private const int StepsPerRound = 62;
    private const long LimbMask = (1L << 62) - 1;

    private readonly Limbs62 _modulus;

    /// <summary>M⁻¹ mod 2^62: it picks the multiple of M that makes the low limb of d or e vanish.</summary>
    private readonly ulong _modulusInverse62;

    private VariableTimeInverter(ulong m0, ulong m1, ulong m2, ulong m3)
    {
        _modulus = Limbs62.From(m0, m1, m2, m3);

        // Newton's iteration x ← x(2 − m·x) doubles the correct low bits; an odd m is its own inverse mod 8.
        var inverse = m0;
        for (var i = 0; i < 5; i++)
        {
            inverse *= 2 - (m0 * inverse);
        }

        _modulusInverse62 = inverse & LimbMask;
    }

    /// <summary>Inversion modulo the field prime p = 2^256 − 2^32 − 977.</summary>
    public static VariableTimeInverter FieldPrime { get; } =
        new(0xFFFFFFFEFFFFFC2F, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF);

    /// <summary>Inversion modulo the group order n.</summary>
    public static VariableTimeInverter GroupOrder { get; } =
        new(0xBFD25E8CD0364141, 0xBAAEDCE6AF48A03B, 0xFFFFFFFFFFFFFFFE, 0xFFFFFFFFFFFFFFFF);

    /// <summary>
    /// x⁻¹ mod M for x given as four little-endian 64-bit limbs below M; zero maps to zero, like the Fermat
    /// inversions. The result is below M.
    /// </summary>
    public void Invert(ulong x0, ulong x1, ulong x2, ulong x3, out ulong r0, out ulong r1, out ulong r2, out ulong r3)
    {
        if ((x0 | x1 | x2 | x3) == 0)
        {
            r0 = r1 = r2 = r3 = 0;
            return;
        }

        var f = _modulus;
        var g = Limbs62.From(x0, x1, x2, x3);
        var d = default(Limbs62);
        var e = default(Limbs62);
        e[0] = 1;
        var delta = 1;
        while (!g.IsZero)
        {
            delta = Divsteps(delta, (ulong)f[0], (ulong)g[0], out var t);
            var nextF = Combine(t.U, f, t.V, g, modular: false);
            g = Combine(t.Q, f, t.R, g, modular: false);
            f = nextF;
            var nextD = Reduce(Combine(t.U, d, t.V, e, modular: true));
            e = Reduce(Combine(t.Q, d, t.R, e, modular: true));
            d = nextD;
        }

        // f is ±1 now; d ≡ f·x⁻¹ is already below M.
        if (f[4] < 0 && !d.IsZero)
        {
            d = Subtract(_modulus, d);
        }

        d.To(out r0, out r1, out r2, out r3);
    }

    /// <summary>
    /// 62 divsteps on the low 64 bits of f and g (all the bits they depend on). Returns the new δ and the matrix
    /// T with 2^62·(f', g') = T·(f, g). Runs of even g are skipped at once by counting trailing zeros; an odd g
    /// with δ &gt; 0 first swaps (f, g) ← (g, −f), so every odd step is then g ← (g + f)/2.
    /// </summary>
    private static int Divsteps(int delta, ulong f, ulong g, out Transition t)
    {
        long u = 1, v = 0, q = 0, r = 1;
        var remaining = StepsPerRound;
        while (true)
        {
            // The sentinel bit caps the skip at the steps left in this round.
            var zeros = BitOperations.TrailingZeroCount(g | (1UL << remaining));
            g >>= zeros;
            u <<= zeros;
            v <<= zeros;
            delta += zeros;
            remaining -= zeros;
            if (remaining == 0)
            {
                break;
            }

            if (delta > 0)
            {
                delta = -delta;
                (f, g) = (g, 0 - f);
                (u, v, q, r) = (q, r, -u, -v);
            }

            g = (g + f) >> 1;
            q += u;
            r += v;
            u <<= 1;
            v <<= 1;
            delta++;
            remaining--;
        }

        t = new Transition(u, v, q, r);
        return delta;
    }

    /// <summary>
    /// x·a + y·b divided by 2^62. For f and g the division is exact: the divsteps made the low 62 bits zero.
    /// For d and e (<paramref name="modular"/>) a multiple of M below 2^62·M is added first to clear the low 62
    /// bits, a division by 2^62 mod M; from d, e in [0, M) the quotient lies in (−M, 2M).
    /// </summary>
    private Limbs62 Combine(long x, in Limbs62 a, long y, in Limbs62 b, bool modular)
    {
        var sum = Product(x, a[0], y, b[0]);
        var multiple = modular ? (long)((0 - ((ulong)(long)sum * _modulusInverse62)) & LimbMask) : 0;
        sum = (sum + ((Int128)multiple * _modulus[0])) >> 62;
        var result = default(Limbs62);
        for (var i = 1; i < Limbs62.Count; i++)
        {
            sum += Product(x, a[i], y, b[i]) + ((Int128)multiple * _modulus[i]);
            result[i - 1] = (long)sum & LimbMask;
            sum >>= 62;
        }

        result[Limbs62.Count - 1] = (long)sum;
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Int128 Product(long a, long x, long b, long y) => ((Int128)a * x) + ((Int128)b * y);

    /// <summary>A value in (−M, 2M) brought into [0, M).</summary>
    private Limbs62 Reduce(in Limbs62 value)
    {
        if (value[Limbs62.Count - 1] < 0)
        {
            return Add(value, _modulus);
        }

        return value.IsLessThan(_modulus) ? value : Subtract(value, _modulus);
    }

    private static Limbs62 Add(in Limbs62 a, in Limbs62 b)
    {
        var sum = default(Limbs62);
        long carry = 0;
        for (var i = 0; i < Limbs62.Count - 1; i++)
        {
            carry += a[i] + b[i];
            sum[i] = carry & LimbMask;
            carry >>= 62;
        }

        sum[Limbs62.Count - 1] = a[Limbs62.Count - 1] + b[Limbs62.Count - 1] + carry;
        return sum;
    }

    private static Limbs62 Subtract(in Limbs62 a, in Limbs62 b)
    {
        var difference = default(Limbs62);
        long borrow = 0;
        for (var i = 0; i < Limbs62.Count - 1; i++)
        {
            borrow += a[i] - b[i];
            difference[i] = borrow & LimbMask;
            borrow >>= 62;
        }

        difference[Limbs62.Count - 1] = a[Limbs62.Count - 1] - b[Limbs62.Count - 1] + borrow;
        return difference;
    }

    /// <summary>The divstep matrix of one round, entries scaled by 2^62 (|u| + |v| ≤ 2^62, |q| + |r| ≤ 2^62).</summary>
    private readonly record struct Transition(long U, long V, long Q, long R);

    /// <summary>Σ limb[i]·2^(62i): limbs 0..3 in [0, 2^62), limb 4 signed (it carries the sign).</summary>
    [InlineArray(Count)]
    private struct Limbs62
    {
        public const int Count = 5;

        private long _limb;

        public readonly bool IsZero => (this[0] | this[1] | this[2] | this[3] | this[4]) == 0;

        public static Limbs62 From(ulong x0, ulong x1, ulong x2, ulong x3)
        {
            var limbs = default(Limbs62);
            limbs[0] = (long)(x0 & LimbMask);
            limbs[1] = (long)(((x0 >> 62) | (x1 << 2)) & LimbMask);
            limbs[2] = (long)(((x1 >> 60) | (x2 << 4)) & LimbMask);
            limbs[3] = (long)(((x2 >> 58) | (x3 << 6)) & LimbMask);
            limbs[4] = (long)(x3 >> 56);
            return limbs;
        }

        /// <summary>Back to four 64-bit limbs; the value must be in [0, 2^256).</summary>
        public readonly void To(out ulong x0, out ulong x1, out ulong x2, out ulong x3)
        {
            x0 = (ulong)this[0] | ((ulong)this[1] << 62);
            x1 = ((ulong)this[1] >> 2) | ((ulong)this[2] << 60);
            x2 = ((ulong)this[2] >> 4) | ((ulong)this[3] << 58);
            x3 = ((ulong)this[3] >> 6) | ((ulong)this[4] << 56);
        }

        /// <summary>Comparison of two non-negative values.</summary>
        public readonly bool IsLessThan(in Limbs62 other)
        {
            for (var i = Count - 1; i >= 0; i--)
            {
                if (this[i] != other[i])
                {
                    return this[i] < other[i];
                }
            }

            return false;
        }
    }
}
