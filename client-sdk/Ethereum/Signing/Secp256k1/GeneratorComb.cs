using System.Text;

namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// Constant-time k·G for signing and key derivation with a precomputed fixed-base table: k is split into 64
/// nibbles d_i, and k·G = Σ d_i·16^i·G costs 64 mixed additions and no doubling.
/// <para>
/// Row i of the table holds j·16^i·G + A_i for j = 0..15, where the offsets A_i = 2^i·H (i &lt; 63) and
/// A_63 = −(2^63 − 1)·H sum to zero. H is a point whose discrete logarithm nobody knows (derived from a
/// hash). The offsets make the zero digit an ordinary table entry, and they keep every partial sum away from
/// ±(the next entry): an equality would reveal log_G(H), except at the last step, where it would need k ≡ 0.
/// So the incomplete addition formula is always correct, and no step branches on k.
/// </para>
/// <para>
/// Each entry is read by scanning the whole 16-entry row and keeping the wanted one with a mask, so the
/// memory access pattern does not depend on k either.
/// </para>
/// </summary>
internal static class GeneratorComb
{
    private const int Windows = 64;
    private const int EntriesPerWindow = 16;
    private const int LimbsPerEntry = 8;

    /// <summary>k·G in Jacobian form, for 1 ≤ k &lt; n.</summary>
    public static JacobianPoint Multiply(in Scalar k)
    {
        var table = Table.Entries;
        var sum = JacobianPoint.FromAffine(Select(table, 0, k.Bits(0, 4)));
        for (var window = 1; window < Windows; window++)
        {
            sum = JacobianPoint.AddAffineDistinct(sum, Select(table, window, k.Bits(4 * window, 4)));
        }

        return sum;
    }

    private static AffinePoint Select(ulong[] table, int window, uint digit)
    {
        ulong x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
        var row = table.AsSpan(window * EntriesPerWindow * LimbsPerEntry, EntriesPerWindow * LimbsPerEntry);
        for (var j = 0; j < EntriesPerWindow; j++)
        {
            // All ones when j == digit, computed without a comparison branch.
            var mask = 0UL - ((((ulong)(uint)j ^ digit) - 1) >> 63);
            var entry = row.Slice(j * LimbsPerEntry, LimbsPerEntry);
            x0 |= entry[0] & mask;
            x1 |= entry[1] & mask;
            x2 |= entry[2] & mask;
            x3 |= entry[3] & mask;
            y0 |= entry[4] & mask;
            y1 |= entry[5] & mask;
            y2 |= entry[6] & mask;
            y3 |= entry[7] & mask;
        }

        return new AffinePoint(new FieldElement(x0, x1, x2, x3), new FieldElement(y0, y1, y2, y3));
    }

    /// <summary>Holds the table; the runtime builds it on first use, once per process (about 1 ms).</summary>
    private static class Table
    {
        public static readonly ulong[] Entries = Build();

        private static ulong[] Build()
        {
            var offset = JacobianPoint.FromAffine(OffsetPoint());
            var offsetSum = JacobianPoint.Infinity;
            var power = JacobianPoint.FromAffine(AffinePoint.Generator);
            var points = new JacobianPoint[Windows * EntriesPerWindow];
            for (var window = 0; window < Windows; window++)
            {
                // A_i = 2^i·H, and the last row's offset cancels the sum of the others.
                var rowOffset = window < Windows - 1 ? offset : offsetSum.Negate();
                offsetSum = JacobianPoint.Add(offsetSum, offset);
                offset = JacobianPoint.Double(offset);

                var entry = rowOffset;
                for (var j = 0; j < EntriesPerWindow; j++)
                {
                    points[(window * EntriesPerWindow) + j] = entry;
                    entry = JacobianPoint.Add(entry, power);
                }

                for (var i = 0; i < 4; i++)
                {
                    power = JacobianPoint.Double(power);
                }
            }

            var affine = new AffinePoint[points.Length];
            JacobianPoint.ToAffineVariableTime(points, affine);
            var entries = new ulong[affine.Length * LimbsPerEntry];
            for (var i = 0; i < affine.Length; i++)
            {
                for (var limb = 0; limb < 4; limb++)
                {
                    entries[(i * LimbsPerEntry) + limb] = affine[i].X.CanonicalLimb(limb);
                    entries[(i * LimbsPerEntry) + 4 + limb] = affine[i].Y.CanonicalLimb(limb);
                }
            }

            return entries;
        }

        /// <summary>
        /// H: the first curve point whose x is keccak256 of a fixed label, incremented until x³ + 7 is a square;
        /// even y. Nothing-up-my-sleeve: no one knows log_G(H).
        /// </summary>
        private static AffinePoint OffsetPoint()
        {
            var x = FieldElement.FromBytes(Keccak256.Hash(Encoding.ASCII.GetBytes("ProvenanceLedger secp256k1 generator table offset")).Bytes);
            while (true)
            {
                if (AffinePoint.TryFromX(x, oddY: false, out var point))
                {
                    return point;
                }

                x = FieldElement.Add(x, FieldElement.One);
            }
        }
    }
}
