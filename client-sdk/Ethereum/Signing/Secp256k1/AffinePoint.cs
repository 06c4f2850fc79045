namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>A finite point (x, y) of y² = x³ + 7 (the point at infinity has no affine form).</summary>
internal readonly struct AffinePoint
{
    public AffinePoint(in FieldElement x, in FieldElement y)
    {
        X = x;
        Y = y;
    }

    public FieldElement X { get; }

    public FieldElement Y { get; }

    /// <summary>The generator G of secp256k1 (SEC 2 §2.4.1).</summary>
    public static AffinePoint Generator { get; } = new(
        new FieldElement(0x59F2815B16F81798, 0x029BFCDB2DCE28D9, 0x55A06295CE870B07, 0x79BE667EF9DCBBAC),
        new FieldElement(0x9C47D08FFB10D4B8, 0xFD17B448A6855419, 0x5DA4FBFC0E1108A8, 0x483ADA7726A3C465));

    public AffinePoint Negate() => new(X, FieldElement.Negate(Y));

    /// <summary>λ·P = (β·x, y) (see <see cref="Endomorphism"/>).</summary>
    public AffinePoint MultiplyByLambda() => new(FieldElement.Multiply(X, Endomorphism.Beta).Normalize(), Y);

    /// <summary>
    /// The curve point with abscissa <paramref name="x"/> and the given y parity; false when x³ + 7 has no
    /// square root, i.e. no point has that x.
    /// </summary>
    public static bool TryFromX(in FieldElement x, bool oddY, out AffinePoint point)
    {
        var rhs = FieldElement.Add(FieldElement.Multiply(FieldElement.Square(x), x), FieldElement.B);
        if (!FieldElement.TrySqrt(rhs, out var y))
        {
            point = default;
            return false;
        }

        if (y.IsOdd != oddY)
        {
            y = FieldElement.Negate(y);
        }

        point = new AffinePoint(x.Normalize(), y.Normalize());
        return true;
    }

    /// <summary>x || y, 32 big-endian bytes each: the uncompressed public key without its 0x04 prefix.</summary>
    public void WriteUncompressed(Span<byte> destination)
    {
        X.WriteBytes(destination[..32]);
        Y.WriteBytes(destination[32..64]);
    }
}
