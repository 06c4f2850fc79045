namespace ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;

/// <summary>
/// Width-w non-adjacent form: k = Σ d_i·2^i with every non-zero d_i odd and |d_i| &lt; 2^(w−1), and any two
/// non-zero digits at least w positions apart. A scalar multiplication then needs only the odd multiples
/// P, 3P, …, (2^(w−1) − 1)P and about 256/(w+1) additions. Variable time: for public scalars only.
/// </summary>
internal static class Wnaf
{
    /// <summary>Digits 0..256 (one more than the scalar's bits, for a final carry).</summary>
    public const int MaxDigits = 257;

    /// <summary>Writes the digits of <paramref name="k"/>; returns the number of digits up to the highest non-zero one.</summary>
    public static int Recode(in Scalar k, int width, Span<int> digits)
    {
        digits[..MaxDigits].Clear();
        var length = 0;
        var carry = 0u;
        var bit = 0;
        while (bit < 256)
        {
            if (k.Bits(bit, 1) == carry)
            {
                bit++;
                continue;
            }

            var count = Math.Min(width, 256 - bit);
            var word = (int)(k.Bits(bit, count) + carry);
            carry = (uint)(word >> (width - 1)) & 1;
            word -= (int)(carry << width);
            digits[bit] = word;
            length = bit + 1;
            bit += count;
        }

        if (carry != 0)
        {
            digits[256] = 1;
            length = 257;
        }

        return length;
    }
}
