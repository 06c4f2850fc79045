using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;
using static ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1.Numbers;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

public class ScalarTests
{
    [Fact]
    public void Arithmetic_agrees_with_big_integers_mod_n_on_edge_and_random_values()
    {
        var random = new Random(Seeded.Seed + 20);
        var left = ScalarInputs(random, 2000).ToList();
        var right = ScalarInputs(random, 2000).Reverse().ToList();
        for (var i = 0; i < left.Count; i++)
        {
            BigInteger a = left[i], b = right[i];
            Scalar sa = ToScalar(a), sb = ToScalar(b);
            Assert.Equal((a + b) % N, Value(Scalar.Add(sa, sb)));
            Assert.Equal((N - a) % N, Value(Scalar.Negate(sa)));
            Assert.Equal(a * b % N, Value(Scalar.Multiply(sa, sb)));
            Assert.Equal(BigInteger.ModPow(a, N - 2, N), Value(Scalar.Invert(sa)));
            Assert.Equal(a > N / 2, sa.IsHigh);
            Assert.Equal(a == 0, sa.IsZero);
        }
    }

    [Fact]
    public void Reading_rejects_n_and_above_unless_asked_to_reduce()
    {
        var random = new Random(Seeded.Seed + 21);
        BigInteger[] values = [N - 1, N, N + 1, TwoTo256 - 1, .. Enumerable.Range(0, 500).Select(_ => Random256(random))];
        foreach (var value in values)
        {
            var bytes = ToBytes32(value);

            Assert.Equal(value < N, Scalar.TryFromBytes(bytes, out _));
            Assert.Equal(value % N, Value(Scalar.FromBytesReduced(bytes)));
            Assert.Equal(value > N / 2, Scalar.IsHighValue(bytes));
        }
    }

    [Fact]
    public void Field_elements_reduce_mod_n_and_report_when_x_was_n_or_more()
    {
        BigInteger[] values = [0, 1, N - 1, N, N + 1, P - 1];
        foreach (var value in values)
        {
            var scalar = Scalar.FromFieldElement(ToField(value), out var wasReduced);

            Assert.Equal(value % N, Value(scalar));
            Assert.Equal(value >= N, wasReduced);
        }
    }
}
