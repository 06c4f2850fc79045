using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;
using static ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1.Numbers;
using BcInteger = Org.BouncyCastle.Math.BigInteger;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

public class PointMultiplicationTests
{
    [Fact]
    public void Generator_multiplication_agrees_with_bouncy_castle_on_edge_and_random_scalars()
    {
        var random = new Random(Seeded.Seed + 40);
        BigInteger[] edges = [1, 2, 15, 16, 17, 255, 256, N - 1, N - 2, N - 16, (N + 1) / 2, BigInteger.One << 252, (BigInteger.One << 252) - 1];
        foreach (var k in edges.Concat(Enumerable.Range(0, 1000).Select(_ => (Random256(random) % (N - 1)) + 1)))
        {
            var expected = BouncyCastleSecp256k1.Encode(BouncyCastleSecp256k1.G.Multiply(ToBc(k)).Normalize());

            Assert.Equal(expected, Encode(GeneratorComb.Multiply(ToScalar(k)).ToAffine()));
        }
    }

    [Fact]
    public void Double_multiplication_agrees_with_bouncy_castle_on_random_scalars_and_points()
    {
        var random = new Random(Seeded.Seed + 41);
        for (var i = 0; i < 500; i++)
        {
            var pointScalar = (Random256(random) % (N - 1)) + 1;
            var point = GeneratorComb.Multiply(ToScalar(pointScalar)).ToAffine();
            var u1 = Random256(random) % N;
            var u2 = (Random256(random) % (N - 1)) + 1;
            var expected = BouncyCastleSecp256k1.G.Multiply(ToBc((u1 + (u2 * pointScalar)) % N)).Normalize();

            var actual = DoubleScalarMultiplier.Multiply(ToScalar(u1), ToScalar(u2), point);

            Assert.Equal(BouncyCastleSecp256k1.Encode(expected), Encode(actual.ToAffine()));
        }
    }

    [Theory]
    [InlineData("1", "1", "2")]
    [InlineData("5", "7", "c")]
    [InlineData("0", "3", "3")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140", "2", "1")]
    [InlineData("7ff", "1", "800")]
    [InlineData("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0363942", "1", "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0363943")]
    public void Double_multiplication_with_the_generator_as_point_meets_doublings(string u1Hex, string u2Hex, string sumHex)
    {
        // Both halves land on the same points, so the additions must fall back to doubling.
        var actual = DoubleScalarMultiplier.Multiply(ToScalar(Parse(u1Hex)), ToScalar(Parse(u2Hex)), AffinePoint.Generator);

        Assert.Equal(Encode(GeneratorComb.Multiply(ToScalar(Parse(sumHex))).ToAffine()), Encode(actual.ToAffine()));
    }

    [Fact]
    public void Double_multiplication_reaches_the_point_at_infinity_when_the_halves_cancel()
    {
        var random = new Random(Seeded.Seed + 42);
        for (var i = 0; i < 50; i++)
        {
            var k = (Random256(random) % (N - 1)) + 1;
            var u2 = (Random256(random) % (N - 1)) + 1;
            var point = GeneratorComb.Multiply(ToScalar(k)).ToAffine();

            // u1·G + u2·(kG) = 0 when u1 = −u2·k.
            var sum = DoubleScalarMultiplier.Multiply(ToScalar((N - (u2 * k % N)) % N), ToScalar(u2), point);

            Assert.True(sum.IsInfinity);
        }
    }

    [Fact]
    public void Doubling_and_batch_conversion_to_affine_agree_with_bouncy_castle()
    {
        // Points with Z ≠ 1 (outputs of the generator table) so the doubling's Z3 = Y·Z and the batch's
        // running products of Zs are exercised; the batch mixes them with a Z = 1 point.
        var random = new Random(Seeded.Seed + 44);
        var scalars = Enumerable.Range(0, 40).Select(_ => (Random256(random) % (N - 1)) + 1).Prepend(1).ToArray();
        var points = scalars.Select(k => k == 1 ? JacobianPoint.FromAffine(AffinePoint.Generator) : GeneratorComb.Multiply(ToScalar(k))).ToArray();
        var doubled = points.Select(point => JacobianPoint.Double(JacobianPoint.Double(point))).ToArray();
        var affine = new AffinePoint[doubled.Length];

        JacobianPoint.ToAffineVariableTime(doubled, affine);

        for (var i = 0; i < scalars.Length; i++)
        {
            var expected = BouncyCastleSecp256k1.Encode(BouncyCastleSecp256k1.G.Multiply(ToBc(scalars[i] * 4 % N)).Normalize());
            Assert.Equal(expected, Encode(affine[i]));
            Assert.Equal(expected, Encode(doubled[i].ToAffine()));
            Assert.Equal(expected, Encode(doubled[i].ToAffineVariableTime()));
        }
    }

    [Fact]
    public void Points_from_x_have_the_requested_parity_and_lie_on_the_curve()
    {
        var random = new Random(Seeded.Seed + 43);
        var found = 0;
        for (var i = 0; i < 400; i++)
        {
            var x = Random256(random) % P;
            var odd = random.Next(2) == 1;
            var onCurve = BigInteger.ModPow((x * x * x) + 7, (P - 1) / 2, P) == 1;

            Assert.Equal(onCurve, AffinePoint.TryFromX(ToField(x), odd, out var point));
            if (onCurve)
            {
                var y = Value(point.Y);
                Assert.Equal(x, Value(point.X));
                Assert.Equal(odd, !y.IsEven);
                Assert.Equal(((x * x * x) + 7) % P, y * y % P);
                found++;
            }
        }

        Assert.InRange(found, 150, 250);
    }

    private static BcInteger ToBc(BigInteger value) => new(1, ToBytes32(value));

    private static byte[] Encode(AffinePoint point)
    {
        var bytes = new byte[64];
        point.WriteUncompressed(bytes);
        return bytes;
    }
}
