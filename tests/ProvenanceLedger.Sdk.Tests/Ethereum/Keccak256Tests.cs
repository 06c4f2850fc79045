using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class Keccak256Tests
{
    [Theory]
    [InlineData("", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Hash_matches_published_keccak256_vectors(string input, string expected)
    {
        Assert.Equal(expected, Keccak256.Hash(Encoding.UTF8.GetBytes(input)).ToString());
    }

    [Fact]
    public void Hex_decode_rejects_odd_length_with_clear_message()
    {
        var error = Assert.Throws<FormatException>(() => Hex.Decode("0xabc"));
        Assert.Contains("odd number of digits", error.Message);
    }

    [Fact]
    public async Task Hash_agrees_with_ethers_on_random_inputs()
    {
        var random = new Random(1337);
        var inputs = Enumerable.Range(0, 300).Select(i =>
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            return bytes;
        }).ToList();
        var cases = new JsonArray(inputs.Select(b => (JsonNode)new JsonObject { ["data"] = Hex.Encode(b) }).ToArray());

        var results = await EthersOracle.RunAsync("keccak", cases);

        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.Equal((string)results[i]!["hash"]!, Keccak256.Hash(inputs[i]).ToString());
        }
    }

    [Fact]
    public void Hash_is_correct_at_every_length_around_the_136_byte_rate()
    {
        // BouncyCastle's KeccakDigest is an independent implementation; lengths 0..3 blocks cover every padding case.
        var random = new Random(Seeded.Seed);
        for (var length = 0; length <= 3 * 136 + 1; length++)
        {
            var data = Seeded.Bytes(random, length);
            var reference = new Org.BouncyCastle.Crypto.Digests.KeccakDigest(256);
            reference.BlockUpdate(data);
            var expected = new byte[32];
            reference.DoFinal(expected);

            Assert.Equal(Hex.Encode(expected), Keccak256.Hash(data).ToString());
        }
    }

    [Fact]
    public void Incremental_hasher_matches_one_shot_for_random_splits_and_resets()
    {
        var random = new Random(Seeded.Seed);
        var hasher = new Keccak256Hasher();
        for (var i = 0; i < 200; i++)
        {
            var data = Seeded.Bytes(random, random.Next(0, 700));
            var position = 0;
            while (position < data.Length)
            {
                var piece = random.Next(0, Math.Min(200, data.Length - position) + 1);
                hasher.Append(data.AsSpan(position, piece));
                position += piece;
            }

            Assert.Equal(Keccak256.Hash(data), hasher.GetHashAndReset());
        }
    }
}
