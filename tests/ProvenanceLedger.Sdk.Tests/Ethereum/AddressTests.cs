using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class AddressTests
{
    // EIP-55's published examples: all caps, all lower, and mixed-case checksums.
    [Theory]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [InlineData("0xde709f2102306220921060314715629080e2fb77")]
    [InlineData("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void ToString_gives_the_eip55_checksum_of_the_published_examples(string checksummed)
    {
        Assert.Equal(checksummed, Address.Parse(checksummed).ToString());
        Assert.Equal(checksummed, Address.Parse(checksummed.ToLowerInvariant()).ToString());
        Assert.Equal(checksummed, Address.Parse("0x" + checksummed[2..].ToUpperInvariant()).ToString());
    }

    [Fact]
    public void Parse_rejects_a_wrong_mixed_case_checksum_naming_the_right_one()
    {
        var error = Assert.Throws<FormatException>(() => Address.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));

        Assert.Equal("'0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD' has a wrong EIP-55 checksum (expected 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed); check the address or write it in one case", error.Message);
    }

    [Theory]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA", "expected 40 hex digits, got 38")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAez", "'z' is not a hex digit")]
    public void Parse_rejects_malformed_text(string text, string reason)
    {
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Address.Parse(text)).Message);
        Assert.False(Address.TryParse(text, out _));
    }

    [Fact]
    public void Default_is_the_zero_address()
    {
        Assert.Equal("0x0000000000000000000000000000000000000000", default(Address).ToString());
        Assert.Equal(Address.Zero, default);
    }

    [Fact]
    public async Task Checksums_and_parsing_agree_with_ethers_on_random_addresses()
    {
        var random = new Random(Seeded.Seed);
        var texts = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var hex = Convert.ToHexStringLower(Seeded.Bytes(random, 20));
            // Every third case flips one letter's case, which makes a wrong checksum most of the time.
            var chars = hex.ToCharArray();
            if (i % 3 == 0)
            {
                var letter = Array.FindIndex(chars, char.IsAsciiLetter);
                if (letter >= 0)
                {
                    chars[letter] = char.ToUpperInvariant(chars[letter]);
                }
            }
            else if (i % 3 == 1)
            {
                chars = Address.Parse("0x" + hex).ToString()[2..].ToCharArray();
            }

            texts.Add("0x" + new string(chars));
        }

        var results = await EthersOracle.RunAsync("address", new JsonArray(texts.Select(t => (JsonNode)new JsonObject { ["text"] = t }).ToArray()));

        for (var i = 0; i < texts.Count; i++)
        {
            var ethersAccepted = results[i]!["address"] is not null;
            Assert.Equal(ethersAccepted, Address.TryParse(texts[i], out var parsed));
            if (ethersAccepted)
            {
                Assert.Equal((string)results[i]!["address"]!, parsed.ToString());
            }
        }
    }
}
