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
}
