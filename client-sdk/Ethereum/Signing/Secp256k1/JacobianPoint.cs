namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// A point in Jacobian coordinates, (X, Y, Z) ↦ (X/Z², Y/Z³), so additions and doublings need no inversion.
/// Formulas are the a = 0 ones from the Explicit-Formulas Database (dbl-2009-l, add-2007-bl without the
/// Z1 = Z2 shortcut, madd-2004-hmv).
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

    /// <summary>2P. secp256k1 has no point of order 2, so a finite point never doubles to infinity.</summary>
    public static JacobianPoint Double(in JacobianPoint p)
    {
        if (p.IsInfinity)
        {
            return p;
        }

        var a = FieldElement.Square(p.X);
        var b = FieldElement.Square(p.Y);
        var c = FieldElement.Square(b);
        var xb = FieldElement.Add(p.X, b);
        var d = FieldElement.Double(FieldElement.Subtract(FieldElement.Subtract(FieldElement.Square(xb), a), c));
        var e = FieldElement.MultiplySmall(a, 3);
        var f = FieldElement.Square(e);
        var x3 = FieldElement.Subtract(f, FieldElement.Double(d));
        var c8 = FieldElement.MultiplySmall(c, 8);
        var y3 = FieldElement.Subtract(FieldElement.Multiply(e, FieldElement.Subtract(d, x3)), c8);
        var z3 = FieldElement.Double(FieldElement.Multiply(p.Y, p.Z));
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

    /// <summary>Converts many finite points with a single inversion (Montgomery's trick).</summary>
    public static AffinePoint[] ToAffine(ReadOnlySpan<JacobianPoint> points)
    {
        var prefix = new FieldElement[points.Length];
        var running = FieldElement.One;
        for (var i = 0; i < points.Length; i++)
        {
            running = FieldElement.Multiply(running, points[i].Z);
            prefix[i] = running;
        }

        var inverse = FieldElement.Invert(running);
        var result = new AffinePoint[points.Length];
        for (var i = points.Length - 1; i >= 0; i--)
        {
            // inverse holds (Z0·…·Zi)⁻¹ here.
            var zInverse = i == 0 ? inverse : FieldElement.Multiply(inverse, prefix[i - 1]);
            inverse = FieldElement.Multiply(inverse, points[i].Z);
            result[i] = points[i].ToAffine(zInverse);
        }

        return result;
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
