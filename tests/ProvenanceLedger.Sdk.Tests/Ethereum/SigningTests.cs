using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class SigningTests
{
    private const string HardhatKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    [Fact]
    public void Key_derives_the_published_hardhat_account_address()
    {
        Assert.Equal("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", EthereumKey.FromHex(HardhatKey0).Address.ToString());
    }

    [Fact]
    public void Key_hex_round_trips_and_generated_keys_differ()
    {
        Assert.Equal(HardhatKey0, EthereumKey.FromHex(HardhatKey0).ToHex());
        var a = EthereumKey.Generate();
        var b = EthereumKey.Generate();
        Assert.NotEqual(a.Address, b.Address);
        Assert.Equal(a.Address, EthereumKey.FromPrivateKey(a.PrivateKey).Address);
    }

    [Theory]
    [InlineData("0x0000000000000000000000000000000000000000000000000000000000000000", "out of range")]
    [InlineData("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", "out of range")]
    [InlineData("0x1234", "32 bytes, got 2")]
    [InlineData("0xzz", "not hex")]
    public void Key_rejects_invalid_private_keys(string hex, string reason)
    {
        Assert.Contains(reason, Assert.Throws<SignatureException>(() => EthereumKey.FromHex(hex)).Message);
    }

    [Fact]
    public void Sign_is_deterministic_low_s_and_recovers_to_the_signer()
    {
        var key = EthereumKey.FromHex(HardhatKey0);
        var digest = Keccak256.Hash(Encoding.UTF8.GetBytes("provenance"));

        var first = key.Sign(digest);
        var second = key.Sign(digest);

        Assert.Equal(first, second);
        Assert.True(first.IsLowS);
        Assert.Equal(key.Address, EcRecover.Recover(digest, first));
        Assert.True(EcRecover.Verify(digest.Bytes, first, key.Address));
        Assert.False(EcRecover.Verify(Keccak256.Hash([1]).Bytes, first, key.Address));
    }

    [Fact]
    public void Recover_rejects_high_s_unless_precompile_semantics_are_asked_for()
    {
        var key = EthereumKey.FromHex(HardhatKey0);
        var digest = Keccak256.Hash([7]);
        var low = key.Sign(digest);
        var highS = (BouncyCastleSecp256k1.N.Subtract(BouncyCastleSecp256k1.ToInteger(low.S))).ToByteArrayUnsigned();
        var high = new EthereumSignature(low.R, highS, low.RecoveryId ^ 1);

        var error = Assert.Throws<SignatureException>(() => EcRecover.Recover(digest, high));

        Assert.Contains("high-s", error.Message);
        Assert.Equal(key.Address, EcRecover.Recover(digest, high, allowHighS: true));
    }

    [Fact]
    public void Signature_parsing_rejects_malformed_input()
    {
        Assert.Contains("65 bytes", Assert.Throws<SignatureException>(() => EthereumSignature.FromBytes(new byte[64])).Message);
        var badV = new byte[65];
        badV[64] = 29;
        Assert.Contains("v is 29", Assert.Throws<SignatureException>(() => EthereumSignature.FromBytes(badV)).Message);
        var zeroR = new byte[65];
        zeroR[40] = 1;
        zeroR[64] = 27;
        Assert.Contains("r is out of range", Assert.Throws<SignatureException>(() => EcRecover.Recover(new byte[32], EthereumSignature.FromBytes(zeroR))).Message);
    }

    [Fact]
    public async Task Signatures_and_addresses_agree_with_ethers_on_random_keys_and_digests()
    {
        var random = new Random(Seeded.Seed);
        var keys = Enumerable.Range(0, 200).Select(_ => EthereumKey.FromPrivateKey(Seeded.PrivateKey(random))).ToList();
        var digests = keys.Select(_ => Seeded.Bytes(random, 32)).ToList();
        var cases = new JsonArray(keys.Select((k, i) => (JsonNode)new JsonObject { ["privateKey"] = k.ToHex(), ["digest"] = Hex.Encode(digests[i]) }).ToArray());

        var signatures = await EthersOracle.RunAsync("sign", cases);
        var addresses = await EthersOracle.RunAsync("address", cases);

        for (var i = 0; i < keys.Count; i++)
        {
            var signature = keys[i].Sign(digests[i]);
            Assert.Equal((string)signatures[i]!["signature"]!, signature.ToString());
            Assert.Equal((string)addresses[i]!["address"]!, keys[i].Address.ToString());
            Assert.Equal((string)addresses[i]!["publicKey"]!, Hex.Encode(keys[i].PublicKey));
            Assert.Equal(keys[i].Address, EcRecover.Recover(digests[i], signature));
        }
    }

    [Fact]
    public async Task Recovery_agrees_with_ethers_on_random_signatures_including_invalid_ones()
    {
        var random = new Random(Seeded.Seed + 1);
        var cases = new JsonArray();
        for (var i = 0; i < 200; i++)
        {
            // Random r and s: often not a curve point, sometimes high-s; ethers and the SDK must agree on which.
            var bytes = Seeded.Bytes(random, 65);
            bytes[64] = (byte)(27 + random.Next(2));
            cases.Add(new JsonObject { ["digest"] = Hex.Encode(Seeded.Bytes(random, 32)), ["signature"] = Hex.Encode(bytes) });
        }

        var results = await EthersOracle.RunAsync("recover", cases);

        var recovered = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var signature = EthereumSignature.Parse((string)cases[i]!["signature"]!);
            var digest = Hex.Decode((string)cases[i]!["digest"]!);
            var ok = results[i]!["address"] is not null;
            if (ok && signature.IsLowS)
            {
                Assert.Equal((string)results[i]!["address"]!, EcRecover.Recover(digest, signature).ToString());
                recovered++;
            }
            else if (ok)
            {
                Assert.Equal((string)results[i]!["address"]!, EcRecover.Recover(digest, signature, allowHighS: true).ToString());
            }
            else
            {
                Assert.False(EcRecover.TryRecover(digest, signature, out _));
            }
        }

        Assert.True(recovered > 20, $"only {recovered} random low-s signatures recovered; the test lost its power");
    }

    [Fact]
    public void Personal_message_hash_matches_ethers_hashMessage_of_bytes_1_2_3()
    {
        Assert.Equal("0xbcf83051a4d206c6e43d7eaa4c75429737ac0d5ee08ee68430443bd815e6ac05", PersonalMessage.Hash([1, 2, 3]).ToString());
    }

    [Fact]
    public async Task Personal_sign_agrees_with_ethers_on_random_messages()
    {
        var random = new Random(Seeded.Seed + 2);
        var keys = Enumerable.Range(0, 100).Select(_ => EthereumKey.FromPrivateKey(Seeded.PrivateKey(random))).ToList();
        var messages = keys.Select(_ => Seeded.Bytes(random, random.Next(0, 200))).ToList();
        var cases = new JsonArray(keys.Select((k, i) => (JsonNode)new JsonObject { ["privateKey"] = k.ToHex(), ["message"] = Hex.Encode(messages[i]) }).ToArray());

        var results = await EthersOracle.RunAsync("sign", cases);

        for (var i = 0; i < keys.Count; i++)
        {
            var signature = keys[i].SignMessage(messages[i]);
            Assert.Equal((string)results[i]!["signature"]!, signature.ToString());
            Assert.Equal(keys[i].Address, EcRecover.RecoverMessage(messages[i], signature));
        }
    }
}
