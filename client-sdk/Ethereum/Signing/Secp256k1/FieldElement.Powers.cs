namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>Inversion and square root by fixed addition chains (the exponents are public constants), and a variable-time inversion.</summary>
internal readonly partial struct FieldElement
{
    /// <summary>a⁻¹ = a^(p−2) (Fermat); zero maps to zero. 255 squarings and 15 multiplications.</summary>
    public static FieldElement Invert(in FieldElement a)
    {
        // p − 2 in binary: 223 ones, 0, 22 ones, 0000, 1, 0, 11, 0, 1.
        var x223 = OnesPowers(a, out var x2, out _, out var x22);
        var t = Multiply(SquareTimes(x223, 23), x22);
        t = Multiply(SquareTimes(t, 5), a);
        t = Multiply(SquareTimes(t, 3), x2);
        return Multiply(SquareTimes(t, 2), a);
    }

    /// <summary>
    /// a⁻¹ in variable time (<see cref="VariableTimeInverter"/>); zero maps to zero. For public values only:
    /// recovery's final Z⁻¹, never a signing nonce's point.
    /// </summary>
    public static FieldElement InvertVariableTime(in FieldElement a)
    {
        var n = a.Normalize();
        VariableTimeInverter.FieldPrime.Invert(n._l0, n._l1, n._l2, n._l3, out var r0, out var r1, out var r2, out var r3);
        return new FieldElement(r0, r1, r2, r3);
    }

    /// <summary>
    /// A square root of <paramref name="a"/> as a^((p+1)/4) (p ≡ 3 mod 4); false when a is not a square.
    /// </summary>
    public static bool TrySqrt(in FieldElement a, out FieldElement root)
    {
        // (p + 1) / 4 in binary: 223 ones, 0, 22 ones, 0000, 11, 00.
        var x223 = OnesPowers(a, out var x2, out _, out var x22);
        var t = Multiply(SquareTimes(x223, 23), x22);
        t = Multiply(SquareTimes(t, 6), x2);
        root = SquareTimes(t, 2);
        return Square(root).ValueEquals(a);
    }

    /// <summary>a^(2^223 − 1), with a^(2^2 − 1), a^(2^3 − 1) and a^(2^22 − 1) on the way.</summary>
    private static FieldElement OnesPowers(in FieldElement a, out FieldElement x2, out FieldElement x3, out FieldElement x22)
    {
        // xk = a^(2^k − 1): k ones in the exponent; xk·2^j then times xj gives x(k+j).
        x2 = Multiply(Square(a), a);
        x3 = Multiply(Square(x2), a);
        var x6 = Multiply(SquareTimes(x3, 3), x3);
        var x9 = Multiply(SquareTimes(x6, 3), x3);
        var x11 = Multiply(SquareTimes(x9, 2), x2);
        x22 = Multiply(SquareTimes(x11, 11), x11);
        var x44 = Multiply(SquareTimes(x22, 22), x22);
        var x88 = Multiply(SquareTimes(x44, 44), x44);
        var x176 = Multiply(SquareTimes(x88, 88), x88);
        var x220 = Multiply(SquareTimes(x176, 44), x44);
        return Multiply(SquareTimes(x220, 3), x3);
    }
}
