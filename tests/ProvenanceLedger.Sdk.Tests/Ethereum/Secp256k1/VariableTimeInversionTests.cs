using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;
using static ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1.Numbers;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

public class VariableTimeInversionTests
{
    [Fact]
    public void Scalar_inverse_equals_the_fermat_inverse_on_edge_and_random_values()
    {
        var random = new Random(Seeded.Seed + 60);
        BigInteger[] edges = [1, 2, 3, N - 1, N - 2, N / 2, (N / 2) + 1, (BigInteger.One << 62) - 1, BigInteger.One << 62, BigInteger.One << 248, BigInteger.One << 255, N - (BigInteger.One << 128)];
        foreach (var a in edges.Concat(Enumerable.Range(0, 3000).Select(_ => (Random256(random) % (N - 1)) + 1)))
        {
            var scalar = ToScalar(a);

            var inverse = Scalar.InvertVariableTime(scalar);

            Assert.Equal(BigInteger.ModPow(a, N - 2, N), Value(inverse));
            Assert.Equal(Value(Scalar.Invert(scalar)), Value(inverse));
        }
    }

    [Fact]
    public void Field_inverse_equals_the_fermat_inverse_on_edge_and_random_values()
    {
        var random = new Random(Seeded.Seed + 61);
        BigInteger[] edges = [1, 2, 3, 977, P - 1, P - 2, P + 1, P + 2, TwoTo256 - 1, (P - 1) / 2, (BigInteger.One << 62) - 1, BigInteger.One << 255, N, N - 1];
        foreach (var a in edges.Concat(Enumerable.Range(0, 3000).Select(_ => Random256(random))))
        {
            var element = ToField(a);

            var inverse = FieldElement.InvertVariableTime(element);

            Assert.Equal(BigInteger.ModPow(a % P, P - 2, P), Value(inverse));
            Assert.Equal(BigInteger.One, Value(FieldElement.Multiply(inverse, element)));
        }
    }

    [Fact]
    public void Zero_and_its_unreduced_form_p_invert_to_zero_like_the_fermat_inverse()
    {
        Assert.Equal(BigInteger.Zero, Value(Scalar.InvertVariableTime(ToScalar(0))));
        Assert.Equal(BigInteger.Zero, Value(FieldElement.InvertVariableTime(ToField(0))));
        Assert.Equal(BigInteger.Zero, Value(FieldElement.InvertVariableTime(ToField(P))));
    }
}
