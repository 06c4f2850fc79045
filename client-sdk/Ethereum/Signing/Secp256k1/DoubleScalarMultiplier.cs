namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// u1·G + u2·P in one shared chain of doublings (Shamir's trick) with both scalars in wNAF: width 8 for G,
/// whose 64 odd multiples are precomputed once per process in affine form, and width 5 for P, whose 8 odd
/// multiples are computed per call. Variable time: signature recovery works on public data only.
/// </summary>
internal static class DoubleScalarMultiplier
{
    private const int GeneratorWidth = 8;
    private const int PointWidth = 5;

    public static JacobianPoint Multiply(in Scalar u1, in Scalar u2, in AffinePoint p)
    {
        Span<int> generatorDigits = stackalloc int[Wnaf.MaxDigits];
        Span<int> pointDigits = stackalloc int[Wnaf.MaxDigits];
        var length = Math.Max(Wnaf.Recode(u1, GeneratorWidth, generatorDigits), Wnaf.Recode(u2, PointWidth, pointDigits));

        Span<JacobianPoint> pointMultiples = stackalloc JacobianPoint[1 << (PointWidth - 2)];
        pointMultiples[0] = JacobianPoint.FromAffine(p);
        var twice = JacobianPoint.Double(pointMultiples[0]);
        for (var i = 1; i < pointMultiples.Length; i++)
        {
            pointMultiples[i] = JacobianPoint.Add(pointMultiples[i - 1], twice);
        }

        var generatorMultiples = GeneratorOddMultiples.Points;
        var sum = JacobianPoint.Infinity;
        for (var i = length - 1; i >= 0; i--)
        {
            sum = JacobianPoint.Double(sum);

            var digit = pointDigits[i];
            if (digit > 0)
            {
                sum = JacobianPoint.Add(sum, pointMultiples[digit >> 1]);
            }
            else if (digit < 0)
            {
                sum = JacobianPoint.Add(sum, pointMultiples[-digit >> 1].Negate());
            }

            digit = generatorDigits[i];
            if (digit > 0)
            {
                sum = JacobianPoint.AddAffine(sum, generatorMultiples[digit >> 1]);
            }
            else if (digit < 0)
            {
                sum = JacobianPoint.AddAffine(sum, generatorMultiples[-digit >> 1].Negate());
            }
        }

        return sum;
    }

    /// <summary>G, 3G, …, 127G in affine form, built by the runtime on first use.</summary>
    private static class GeneratorOddMultiples
    {
        public static readonly AffinePoint[] Points = Build();

        private static AffinePoint[] Build()
        {
            var points = new JacobianPoint[1 << (GeneratorWidth - 2)];
            points[0] = JacobianPoint.FromAffine(AffinePoint.Generator);
            var twice = JacobianPoint.Double(points[0]);
            for (var i = 1; i < points.Length; i++)
            {
                points[i] = JacobianPoint.Add(points[i - 1], twice);
            }

            return JacobianPoint.ToAffine(points);
        }
    }
}
