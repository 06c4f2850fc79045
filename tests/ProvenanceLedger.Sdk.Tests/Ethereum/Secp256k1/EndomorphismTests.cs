using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;
using static ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1.Numbers;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

public class EndomorphismTests
{
    [Fact]
    public void Lambda_and_beta_are_cube_roots_of_unity_that_act_alike_on_points()
    {
        var lambda = Value(Endomorphism.Lambda);
        var beta = Value(Endomorphism.Beta);
        Assert.Equal(BigInteger.One, BigInteger.ModPow(lambda, 3, N));
        Assert.Equal(BigInteger.One, BigInteger.ModPow(beta, 3, P));

        var random = new Random(Seeded.Seed + 60);
        for (var i = 0; i < 20; i++)
        {
            var k = (Random256(random) % (N - 1)) + 1;
            var point = GeneratorComb.Multiply(ToScalar(k)).ToAffine();
            var image = GeneratorComb.Multiply(ToScalar(k * lambda % N)).ToAffine();

            Assert.Equal(Value(image.X), Value(point.X) * beta % P);
            Assert.Equal(Value(image.Y), Value(point.Y));
        }
    }

    [Fact]
    public void Split_halves_recombine_to_the_scalar_and_are_at_most_129_bits()
    {
        var random = new Random(Seeded.Seed + 61);
        var lambda = Value(Endomorphism.Lambda);
        foreach (var k in ScalarInputs(random, 2000))
        {
            var (k1, k2) = Endomorphism.Split(ToScalar(k));

            Assert.Equal(k, (Value(k1) + (Value(k2) * lambda)) % N);
            Assert.True(BigInteger.Min(Value(k1), N - Value(k1)) < BigInteger.One << 129, $"k1 of {k} is long");
            Assert.True(BigInteger.Min(Value(k2), N - Value(k2)) < BigInteger.One << 129, $"k2 of {k} is long");
        }
    }
}
