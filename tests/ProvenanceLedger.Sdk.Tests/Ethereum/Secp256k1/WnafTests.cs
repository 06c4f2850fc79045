using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Signing.Secp256k1;
using static ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1.Numbers;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

public class WnafTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(12)]
    public void Digits_are_odd_bounded_spaced_and_sum_to_the_scalar(int width)
    {
        var random = new Random(Seeded.Seed + 30 + width);
        foreach (var k in ScalarInputs(random, 2000))
        {
            var digits = new int[Wnaf.MaxDigits];

            var length = Wnaf.Recode(ToScalar(k), width, digits);

            BigInteger sum = 0;
            var lastNonZero = -width;
            for (var i = 0; i < digits.Length; i++)
            {
                if (digits[i] == 0)
                {
                    continue;
                }

                Assert.True(digits[i] % 2 != 0, $"digit {digits[i]} at {i} is even");
                Assert.InRange(Math.Abs(digits[i]), 1, (1 << (width - 1)) - 1);
                Assert.True(i - lastNonZero >= width, $"digits at {lastNonZero} and {i} are closer than {width}");
                Assert.True(i < length);
                lastNonZero = i;
                sum += digits[i] * (BigInteger.One << i);
            }

            Assert.Equal(k, sum);
            Assert.Equal(k == 0 ? 0 : lastNonZero + 1, length);
        }
    }
}
