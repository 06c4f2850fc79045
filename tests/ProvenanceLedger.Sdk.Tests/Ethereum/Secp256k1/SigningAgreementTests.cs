using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using static ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1.Numbers;

namespace ProvenanceLedger.Sdk.Tests.Ethereum.Secp256k1;

/// <summary>The SDK's own secp256k1 core against the BouncyCastle reference path.</summary>
public class SigningAgreementTests
{
    [Fact]
    public void Keys_signatures_and_recovery_agree_with_bouncy_castle_on_thousands_of_random_keys_and_digests()
    {
        var random = new Random(Seeded.Seed + 50);
        for (var i = 0; i < 2000; i++)
        {
            var privateKey = Seeded.PrivateKey(random);
            var digest = Seeded.Bytes(random, 32);
            var key = EthereumKey.FromPrivateKey(privateKey);

            var signature = key.Sign(digest);

            Assert.Equal(BouncyCastleSecp256k1.PublicKey(privateKey), key.PublicKey.ToArray());
            Assert.Equal(BouncyCastleSecp256k1.Sign(privateKey, digest), (byte[])[.. signature.R, .. signature.S, signature.RecoveryId]);
            Assert.Equal(key.Address, EcRecover.Recover(digest, signature));
        }
    }

    [Fact]
    public void Recovery_of_random_signatures_agrees_with_bouncy_castle_including_rejections()
    {
        var random = new Random(Seeded.Seed + 51);
        var recovered = 0;
        for (var i = 0; i < 3000; i++)
        {
            var digest = Seeded.Bytes(random, 32);
            var r = Seeded.Bytes(random, 32);
            var s = Seeded.Bytes(random, 32);
            var recoveryId = random.Next(2);

            var expected = BouncyCastleSecp256k1.Recover(digest, r, s, recoveryId);

            var signature = new EthereumSignature(r, s, recoveryId);
            if (expected is null)
            {
                Assert.Throws<SignatureException>(() => EcRecover.Recover(digest, signature, allowHighS: true));
            }
            else
            {
                Assert.Equal(Address.FromPublicKey(expected), EcRecover.Recover(digest, signature, allowHighS: true));
                recovered++;
            }
        }

        Assert.InRange(recovered, 1300, 1700);
    }

    [Theory]
    [InlineData("n-1", "1")]
    [InlineData("1", "n/2")]
    [InlineData("n-1", "n/2")]
    [InlineData("2", "n-1")]
    [InlineData("n-2", "n/2+1")]
    public void Recovery_at_the_edges_of_r_and_s_agrees_with_bouncy_castle(string rText, string sText)
    {
        var r = ToBytes32(Edge(rText));
        var s = ToBytes32(Edge(sText));
        var digest = Seeded.Bytes(new Random(Seeded.Seed + 52), 32);
        for (var recoveryId = 0; recoveryId < 2; recoveryId++)
        {
            var expected = BouncyCastleSecp256k1.Recover(digest, r, s, recoveryId);
            var signature = new EthereumSignature(r, s, recoveryId);

            if (expected is null)
            {
                Assert.Contains("not the x coordinate", Assert.Throws<SignatureException>(() => EcRecover.Recover(digest, signature, allowHighS: true)).Message);
            }
            else
            {
                Assert.Equal(Address.FromPublicKey(expected), EcRecover.Recover(digest, signature, allowHighS: true));
            }

            var isHigh = Edge(sText) > N / 2;
            Assert.Equal(!isHigh && expected is not null, EcRecover.TryRecover(digest, signature, out _));
        }
    }

    [Theory]
    [InlineData("0", "1", "r is out of range")]
    [InlineData("n", "1", "r is out of range")]
    [InlineData("2^256-1", "1", "r is out of range")]
    [InlineData("1", "0", "s is out of range")]
    [InlineData("1", "n", "s is out of range")]
    [InlineData("1", "n/2+1", "high-s")]
    public void Recovery_rejects_r_and_s_outside_their_ranges(string rText, string sText, string reason)
    {
        var signature = new EthereumSignature(ToBytes32(Edge(rText)), ToBytes32(Edge(sText)), 0);

        Assert.Contains(reason, Assert.Throws<SignatureException>(() => EcRecover.Recover(new byte[32], signature)).Message);
    }

    [Fact]
    public void Recovery_rejects_a_signature_that_recovers_to_the_point_at_infinity()
    {
        // Q = r⁻¹(s·R − z·G) is infinity when z = s·k for R = k·G; BouncyCastle finds no key either.
        var k = Parse("3fa2c7b1d0e9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3");
        var bigR = BouncyCastleSecp256k1.G.Multiply(new Org.BouncyCastle.Math.BigInteger(1, ToBytes32(k))).Normalize();
        var r = bigR.AffineXCoord.ToBigInteger();
        var s = N / 3;
        var digest = ToBytes32(s * k % N);
        var signature = new EthereumSignature(BouncyCastleSecp256k1.ToBytes32(r), ToBytes32(s), bigR.AffineYCoord.TestBitZero() ? 1 : 0);

        Assert.Null(BouncyCastleSecp256k1.Recover(digest, signature.R, signature.S, signature.RecoveryId));
        Assert.Contains("point at infinity", Assert.Throws<SignatureException>(() => EcRecover.Recover(digest, signature)).Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Recovery_ids_2_and_3_for_x_at_or_above_n_cannot_be_expressed(int recoveryId)
    {
        // Ethereum's v has room for the y parity only; signing skips the (~2^-128) nonces whose x ≥ n.
        Assert.Contains($"recovery id {recoveryId} is not 0 or 1", Assert.Throws<SignatureException>(() => new EthereumSignature(new byte[32], new byte[32], recoveryId)).Message);
    }

    [Fact]
    public void Private_keys_at_the_ends_of_the_range_sign_and_recover_like_bouncy_castle()
    {
        var digest = Seeded.Bytes(new Random(Seeded.Seed + 53), 32);
        foreach (var d in new[] { BigInteger.One, 2, N - 1, N - 2, N / 2 })
        {
            var privateKey = ToBytes32(d);
            var key = EthereumKey.FromPrivateKey(privateKey);

            var signature = key.Sign(digest);

            Assert.Equal(BouncyCastleSecp256k1.PublicKey(privateKey), key.PublicKey.ToArray());
            Assert.Equal(BouncyCastleSecp256k1.Sign(privateKey, digest), (byte[])[.. signature.R, .. signature.S, signature.RecoveryId]);
            Assert.Equal(key.Address, EcRecover.Recover(digest, signature));
        }
    }

    private static BigInteger Edge(string text) => text switch
    {
        "n" => N,
        "n-1" => N - 1,
        "n-2" => N - 2,
        "n/2" => N / 2,
        "n/2+1" => (N / 2) + 1,
        "2^256-1" => TwoTo256 - 1,
        _ => BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
    };
}
