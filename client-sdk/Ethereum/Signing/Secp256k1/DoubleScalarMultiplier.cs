namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// u1·G + u2·P for signature recovery. Each scalar is split with the GLV endomorphism into two ~128-bit
/// halves, u = k1 + k2·λ, so the sum becomes four half-length terms k1·G + k2·(λG) + k3·P + k4·(λP) over one
/// shared chain of about 128 doublings (Shamir's trick). Every term is in wNAF: width 12 for G and λG, whose
/// 1,024 odd multiples each are precomputed once per process (128 KB), and width 5 for P and λP, whose 8 odd
/// multiples are computed per call in affine form (one batch inversion), so every addition is a mixed one.
/// Variable time: signature recovery works on public data only.
/// </summary>
internal static class DoubleScalarMultiplier
{
    private const int GeneratorWidth = 12;
    private const int PointWidth = 5;

    public static JacobianPoint Multiply(in Scalar u1, in Scalar u2, in AffinePoint p)
    {
        var (g1, g2) = Endomorphism.Split(u1);
        var (p1, p2) = Endomorphism.Split(u2);
        Span<int> digits = stackalloc int[4 * Wnaf.MaxDigits];
        var generatorDigits = digits[..Wnaf.MaxDigits];
        var lambdaGeneratorDigits = digits.Slice(Wnaf.MaxDigits, Wnaf.MaxDigits);
        var pointDigits = digits.Slice(2 * Wnaf.MaxDigits, Wnaf.MaxDigits);
        var lambdaPointDigits = digits.Slice(3 * Wnaf.MaxDigits, Wnaf.MaxDigits);
        var length = Math.Max(
            Math.Max(RecodeShort(g1, GeneratorWidth, generatorDigits), RecodeShort(g2, GeneratorWidth, lambdaGeneratorDigits)),
            Math.Max(RecodeShort(p1, PointWidth, pointDigits), RecodeShort(p2, PointWidth, lambdaPointDigits)));

        Span<AffinePoint> pointMultiples = stackalloc AffinePoint[1 << (PointWidth - 2)];
        Span<AffinePoint> lambdaPointMultiples = stackalloc AffinePoint[1 << (PointWidth - 2)];
        OddMultiples(p, pointMultiples);
        for (var i = 0; i < pointMultiples.Length; i++)
        {
            lambdaPointMultiples[i] = pointMultiples[i].MultiplyByLambda();
        }

        var generatorMultiples = GeneratorOddMultiples.Points;
        var lambdaGeneratorMultiples = GeneratorOddMultiples.LambdaPoints;
        var sum = JacobianPoint.Infinity;
        for (var i = length - 1; i >= 0; i--)
        {
            sum = JacobianPoint.Double(sum);
            sum = AddDigit(sum, pointDigits[i], pointMultiples);
            sum = AddDigit(sum, lambdaPointDigits[i], lambdaPointMultiples);
            sum = AddDigit(sum, generatorDigits[i], generatorMultiples);
            sum = AddDigit(sum, lambdaGeneratorDigits[i], lambdaGeneratorMultiples);
        }

        return sum;
    }

    /// <summary>
    /// The wNAF digits of a split half, which is short either as k or as n − k; in the second case the digits
    /// of n − k are negated, which multiplies the point by −1 instead.
    /// </summary>
    private static int RecodeShort(in Scalar k, int width, Span<int> digits)
    {
        if (!k.IsHigh)
        {
            return Wnaf.Recode(k, width, digits);
        }

        var length = Wnaf.Recode(Scalar.Negate(k), width, digits);
        for (var i = 0; i < length; i++)
        {
            digits[i] = -digits[i];
        }

        return length;
    }

    /// <summary>
    /// P, 3P, 5P, … in affine form, so the main loop adds them with mixed additions: 2P is made affine with one
    /// inversion, the odd multiples follow by mixed additions of 2P, and one batch inversion converts them all.
    /// </summary>
    private static void OddMultiples(in AffinePoint p, Span<AffinePoint> destination)
    {
        // Per call the table is small and lives on the stack; the generator's, built once, is larger.
        var multiples = destination.Length <= 1 << (PointWidth - 2) ? stackalloc JacobianPoint[destination.Length] : new JacobianPoint[destination.Length];
        multiples[0] = JacobianPoint.FromAffine(p);
        var twice = JacobianPoint.Double(multiples[0]).ToAffineVariableTime();
        for (var i = 1; i < multiples.Length; i++)
        {
            multiples[i] = JacobianPoint.AddAffine(multiples[i - 1], twice);
        }

        JacobianPoint.ToAffineVariableTime(multiples, destination);
    }

    private static JacobianPoint AddDigit(in JacobianPoint sum, int digit, ReadOnlySpan<AffinePoint> oddMultiples) => digit switch
    {
        > 0 => JacobianPoint.AddAffine(sum, oddMultiples[digit >> 1]),
        < 0 => JacobianPoint.AddAffine(sum, oddMultiples[-digit >> 1].Negate()),
        _ => sum,
    };

    /// <summary>G, 3G, …, 2047G and their images under λ, in affine form, built by the runtime on first use.</summary>
    private static class GeneratorOddMultiples
    {
        public static readonly AffinePoint[] Points = Build();

        public static readonly AffinePoint[] LambdaPoints = Array.ConvertAll(Points, point => point.MultiplyByLambda());

        private static AffinePoint[] Build()
        {
            var points = new AffinePoint[1 << (GeneratorWidth - 2)];
            OddMultiples(AffinePoint.Generator, points);
            return points;
        }
    }
}
