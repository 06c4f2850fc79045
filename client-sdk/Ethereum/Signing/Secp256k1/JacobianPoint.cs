namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// A point in Jacobian coordinates, (X, Y, Z) ↦ (X/Z², Y/Z³), so additions and doublings need no inversion.
/// Formulas are the a = 0 ones from the Explicit-Formulas Database (add-2007-bl without the Z1 = Z2 shortcut,
/// madd-2004-hmv) and a doubling that halves 3X² instead of doubling Z.
/// </summary>
internal readonly struct JacobianPoint
{
    private JacobianPoint(in FieldElement x, in FieldElement y, in FieldElement z, bool isInfinity)
    {
        X = x;
        Y = y;
        Z = z;
        IsInfinity = isInfinity;
    }

    public FieldElement X { get; }

    public FieldElement Y { get; }

    public FieldElement Z { get; }

    public bool IsInfinity { get; }

    public static JacobianPoint Infinity => new(FieldElement.One, FieldElement.One, FieldElement.Zero, true);

    public static JacobianPoint FromAffine(in AffinePoint p) => new(p.X, p.Y, FieldElement.One, false);

    public JacobianPoint Negate() => new(X, FieldElement.Negate(Y), Z, IsInfinity);

    /// <summary>λ·P = (β·X, Y, Z) (see <see cref="Endomorphism"/>).</summary>
    public JacobianPoint MultiplyByLambda() => new(FieldElement.Multiply(X, Endomorphism.Beta), Y, Z, IsInfinity);

    /// <summary>
    /// 2P. secp256k1 has no point of order 2, so a finite point never doubles to infinity. The result is scaled
    /// by 1/2 (Z3 = Y·Z rather than 2·Y·Z, the same point): with L = 3X²/2, S = Y² and T = X·S,
    /// X3 = L² − 2T and Y3 = L·(T − X3) − S², 3M + 4S with fewer additions than dbl-2009-l.
    /// </summary>
    public static JacobianPoint Double(in JacobianPoint p)
    {
        if (p.IsInfinity)
        {
            return p;
        }

        var s = FieldElement.Square(p.Y);
        var l = FieldElement.Half(FieldElement.MultiplySmall(FieldElement.Square(p.X), 3));
        var t = FieldElement.Multiply(p.X, s);
        var x3 = FieldElement.Subtract(FieldElement.Square(l), FieldElement.Double(t));
        var y3 = FieldElement.Subtract(FieldElement.Multiply(l, FieldElement.Subtract(t, x3)), FieldElement.Square(s));
        var z3 = FieldElement.Multiply(p.Y, p.Z);
        return new JacobianPoint(x3, y3, z3, false);
    }

    /// <summary>P + Q for any two points, including P = Q and P = −Q (variable time).</summary>
    public static JacobianPoint Add(in JacobianPoint p, in JacobianPoint q)
    {
        if (p.IsInfinity)
        {
            return q;
        }

        if (q.IsInfinity)
        {
            return p;
        }

        var z1z1 = FieldElement.Square(p.Z);
        var z2z2 = FieldElement.Square(q.Z);
        var u1 = FieldElement.Multiply(p.X, z2z2);
        var u2 = FieldElement.Multiply(q.X, z1z1);
        var s1 = FieldElement.Multiply(p.Y, FieldElement.Multiply(q.Z, z2z2));
        var s2 = FieldElement.Multiply(q.Y, FieldElement.Multiply(p.Z, z1z1));
        var h = FieldElement.Subtract(u2, u1);
        var r = FieldElement.Subtract(s2, s1);
        if (h.IsZero)
        {
            return r.IsZero ? Double(p) : Infinity;
        }

        var hh = FieldElement.Square(h);
        var hhh = FieldElement.Multiply(h, hh);
        var v = FieldElement.Multiply(u1, hh);
        var x3 = FieldElement.Subtract(FieldElement.Subtract(FieldElement.Square(r), hhh), FieldElement.Double(v));
        var y3 = FieldElement.Subtract(FieldElement.Multiply(r, FieldElement.Subtract(v, x3)), FieldElement.Multiply(s1, hhh));
        var z3 = FieldElement.Multiply(FieldElement.Multiply(p.Z, q.Z), h);
        return new JacobianPoint(x3, y3, z3, false);
    }

    /// <summary>P + Q with Q affine, handling every special case (variable time: for public data).</summary>
    public static JacobianPoint AddAffine(in JacobianPoint p, in AffinePoint q)
    {
        if (p.IsInfinity)
        {
            return FromAffine(q);
        }

        var (h, r) = MixedDifferences(p, q);
        if (h.IsZero)
        {
            return r.IsZero ? Double(p) : Infinity;
        }

        return FinishMixed(p, h, r);
    }

    /// <summary>
    /// P + Q with Q affine for a finite P with P ≠ ±Q; the caller guarantees that. No branch depends on the
    /// values, so this is the step of the constant-time generator multiplication.
    /// </summary>
    public static JacobianPoint AddAffineDistinct(in JacobianPoint p, in AffinePoint q)
    {
        var (h, r) = MixedDifferences(p, q);
        return FinishMixed(p, h, r);
    }

    /// <summary>The affine form (one constant-time inversion); the point must be finite.</summary>
    public AffinePoint ToAffine() => ToAffine(FieldElement.Invert(Z));

    /// <summary>The affine form with a variable-time inversion: for public points only (a recovered key).</summary>
    public AffinePoint ToAffineVariableTime() => ToAffine(FieldElement.InvertVariableTime(Z));

    /// <summary>
    /// Converts many finite points with a single variable-time inversion (Montgomery's trick): for public
    /// points only (tables of multiples of G or of a recovery's R).
    /// </summary>
    public static void ToAffineVariableTime(ReadOnlySpan<JacobianPoint> points, Span<AffinePoint> destination)
    {
        // The running products of the Zs wait in the destination's x coordinates until they are replaced.
        var running = FieldElement.One;
        for (var i = 0; i < points.Length; i++)
        {
            running = FieldElement.Multiply(running, points[i].Z);
            destination[i] = new AffinePoint(running, default);
        }

        var inverse = FieldElement.InvertVariableTime(running);
        for (var i = points.Length - 1; i >= 0; i--)
        {
            // inverse holds (Z0·…·Zi)⁻¹ here.
            var zInverse = i == 0 ? inverse : FieldElement.Multiply(inverse, destination[i - 1].X);
            inverse = FieldElement.Multiply(inverse, points[i].Z);
            destination[i] = points[i].ToAffine(zInverse);
        }
    }

    private AffinePoint ToAffine(in FieldElement zInverse)
    {
        var zInverse2 = FieldElement.Square(zInverse);
        var x = FieldElement.Multiply(X, zInverse2);
        var y = FieldElement.Multiply(Y, FieldElement.Multiply(zInverse2, zInverse));
        return new AffinePoint(x.Normalize(), y.Normalize());
    }

    private static (FieldElement H, FieldElement R) MixedDifferences(in JacobianPoint p, in AffinePoint q)
    {
        var z1z1 = FieldElement.Square(p.Z);
        var u2 = FieldElement.Multiply(q.X, z1z1);
        var s2 = FieldElement.Multiply(q.Y, FieldElement.Multiply(p.Z, z1z1));
        return (FieldElement.Subtract(u2, p.X), FieldElement.Subtract(s2, p.Y));
    }

    private static JacobianPoint FinishMixed(in JacobianPoint p, in FieldElement h, in FieldElement r)
    {
        var hh = FieldElement.Square(h);
        var hhh = FieldElement.Multiply(h, hh);
        var v = FieldElement.Multiply(p.X, hh);
        var x3 = FieldElement.Subtract(FieldElement.Subtract(FieldElement.Square(r), hhh), FieldElement.Double(v));
        var y3 = FieldElement.Subtract(FieldElement.Multiply(r, FieldElement.Subtract(v, x3)), FieldElement.Multiply(p.Y, hhh));
        var z3 = FieldElement.Multiply(p.Z, h);
        return new JacobianPoint(x3, y3, z3, false);
    }
}
