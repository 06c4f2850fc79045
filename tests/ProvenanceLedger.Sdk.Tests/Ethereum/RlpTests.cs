using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class RlpTests
{
    // ethereum/tests RLPTests/rlptest.json: strings.
    [Theory]
    [InlineData("", "0x80")]
    [InlineData("\u0000", "0x00")]
    [InlineData("\u0001", "0x01")]
    [InlineData("\u007f", "0x7f")]
    [InlineData("dog", "0x83646f67")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipisicing eli", "0xb74c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c69")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipisicing elit", "0xb8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974")]
    public void Strings_encode_and_decode_as_the_published_vectors(string text, string encoded)
    {
        var bytes = Encoding.ASCII.GetBytes(text);

        Assert.Equal(encoded, Hex.Encode(RlpEncoder.EncodeBytes(bytes)));
        Assert.Equal(bytes, RlpReader.Decode(Hex.Decode(encoded)).Bytes.ToArray());
    }

    // ethereum/tests RLPTests/rlptest.json: integers.
    [Theory]
    [InlineData("0", "0x80")]
    [InlineData("1", "0x01")]
    [InlineData("16", "0x10")]
    [InlineData("79", "0x4f")]
    [InlineData("127", "0x7f")]
    [InlineData("128", "0x8180")]
    [InlineData("1000", "0x8203e8")]
    [InlineData("100000", "0x830186a0")]
    [InlineData("83729609699884896815286331701780722", "0x8f102030405060708090a0b0c0d0e0f2")]
    [InlineData("105315505618206987246253880190783558935785933862974822347068935681", "0x9c0100020003000400050006000700080009000a000b000c000d000e01")]
    public void Integers_encode_and_decode_as_the_published_vectors(string number, string encoded)
    {
        var value = BigInteger.Parse(number, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(encoded, Hex.Encode(RlpEncoder.EncodeUInt(value)));
        var reader = new RlpReader(Hex.Decode(encoded));
        Assert.Equal(value, reader.ReadBigInteger());
        reader.EnsureEnd("the integer");
        if (value <= ulong.MaxValue)
        {
            Assert.Equal(encoded, Hex.Encode(RlpEncoder.EncodeUInt((ulong)value)));
        }
    }

    [Fact]
    public void Lists_encode_and_decode_as_the_published_vectors()
    {
        RlpItem S(string text) => RlpItem.String(Encoding.ASCII.GetBytes(text));
        var empty = RlpItem.List();
        var cases = new (RlpItem Item, string Encoded)[]
        {
            (empty, "0xc0"),
            (RlpItem.List(S("dog"), S("god"), S("cat")), "0xcc83646f6783676f6483636174"),
            (RlpItem.List(S("zw"), RlpItem.List(RlpItem.String([4])), RlpItem.String([1])), "0xc6827a77c10401"),
            (RlpItem.List(RlpItem.List(empty, empty), empty), "0xc4c2c0c0c0"),
            (RlpItem.List(empty, RlpItem.List(empty), RlpItem.List(empty, RlpItem.List(empty))), "0xc7c0c1c0c3c0c1c0"),
        };

        foreach (var (item, encoded) in cases)
        {
            Assert.Equal(encoded, Hex.Encode(item.Encode()));
            Assert.Equal(item.ToString(), RlpReader.Decode(Hex.Decode(encoded)).ToString());
        }
    }

    // ethereum/tests RLPTests/invalidRLPTest.json: every case must be rejected.
    [Theory]
    [InlineData("int32Overflow", "0xbf0f000000000000021111")]
    [InlineData("int32Overflow2", "0xff0f000000000000021111")]
    [InlineData("wrongSizeList", "0xf80180")]
    [InlineData("wrongSizeList2", "0xf80100")]
    [InlineData("incorrectLengthInArray", "0xb9002100dc2b275d0f74e8a53e6f4ec61b27f24278820be3f82ea2110e582081b0565df0")]
    [InlineData("randomRLP", "0xf861f83eb9002100dc2b275d0f74e8a53e6f4ec61b27f24278820be3f82ea2110e582081b0565df027b90015002d5ef8325ae4d034df55d4b58d0dfba64d61ddd17be00000b9001a00dae30907045a2f66fa36f2bb8aa9029cbb0b8a7b3b5c435ab331")]
    [InlineData("bytesShouldBeSingleByte00", "0x8100")]
    [InlineData("bytesShouldBeSingleByte01", "0x8101")]
    [InlineData("bytesShouldBeSingleByte7F", "0x817F")]
    [InlineData("leadingZerosInLongLengthArray1", "0xb90040000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")]
    [InlineData("leadingZerosInLongLengthArray2", "0xb800")]
    [InlineData("leadingZerosInLongLengthList1", "0xfb00000040000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f")]
    [InlineData("leadingZerosInLongLengthList2", "0xf800")]
    [InlineData("nonOptimalLongLengthArray1", "0xb81000112233445566778899aabbccddeeff")]
    [InlineData("nonOptimalLongLengthArray2", "0xb801ff")]
    [InlineData("nonOptimalLongLengthList1", "0xf810000102030405060708090a0b0c0d0e0f")]
    [InlineData("nonOptimalLongLengthList2", "0xf803112233")]
    [InlineData("emptyEncoding", "0x")]
    [InlineData("lessThanShortLengthArray1", "0x81")]
    [InlineData("lessThanShortLengthArray2", "0xa0000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e")]
    [InlineData("lessThanShortLengthList1", "0xc5010203")]
    [InlineData("lessThanShortLengthList2", "0xe201020304050607")]
    [InlineData("lessThanLongLengthArray1", "0xba010000aabbccddeeff")]
    [InlineData("lessThanLongLengthArray2", "0xb840ffeeddccbbaa99887766554433221100")]
    [InlineData("lessThanLongLengthList1", "0xf90180")]
    [InlineData("lessThanLongLengthList2", "0xffffffffffffffffff0001020304050607")]
    public void Decode_rejects_every_published_invalid_encoding(string name, string encoded)
    {
        var error = Assert.Throws<RlpException>(() => RlpReader.Decode(Hex.Decode(encoded)));

        Assert.True(error.Offset >= 0, name);
        Assert.Contains($"at byte offset {error.Offset}", error.Message);
    }

    [Theory]
    [InlineData("0x8100", 0, "single byte 0x00 below 0x80")]
    [InlineData("0xc3018100", 2, "single byte 0x00 below 0x80")]
    [InlineData("0xb801ff", 0, "below 56")]
    [InlineData("0xb90040", 0, "leading zero byte")]
    [InlineData("0x83646f6700", 4, "1 trailing bytes after the top-level item")]
    [InlineData("0xc0c0", 1, "1 trailing bytes after the top-level item")]
    [InlineData("0xc4830102", 0, "runs past the end")]
    [InlineData("0xc3830102", 1, "runs past the end")]
    public void Errors_carry_the_offset_of_the_problem(string encoded, int offset, string reason)
    {
        var error = Assert.Throws<RlpException>(() => RlpReader.Decode(Hex.Decode(encoded)));

        Assert.Equal(offset, error.Offset);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Integers_with_leading_zeros_are_rejected()
    {
        var error = Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode("0x820001")).ReadUInt64());
        Assert.Equal("integer has a leading zero byte (not canonical) (at byte offset 0)", error.Message);
        Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode("0x00")).ReadBigInteger());
        Assert.Throws<RlpException>(() => new RlpReader(Hex.Decode("0x89010203040506070809")).ReadUInt64());
    }

    [Fact]
    public async Task Encoding_and_decoding_agree_with_ethers_on_random_trees()
    {
        var random = new Random(Seeded.Seed);
        var trees = Enumerable.Range(0, 300).Select(_ => RandomTree(random, depth: 0)).ToList();
        var cases = new JsonArray(trees.Select(t => (JsonNode)new JsonObject { ["value"] = t.Json }).ToArray());

        var encodedByEthers = await EthersOracle.RunAsync("rlp", cases);
        var decodedByEthers = await EthersOracle.RunAsync("rlp", new JsonArray(trees.Select(t => (JsonNode)new JsonObject { ["encoded"] = Hex.Encode(t.Item.Encode()) }).ToArray()));

        for (var i = 0; i < trees.Count; i++)
        {
            var encoded = trees[i].Item.Encode();
            Assert.Equal((string)encodedByEthers[i]!["encoded"]!, Hex.Encode(encoded));
            Assert.Equal(decodedByEthers[i]!["value"]!.ToJsonString(), ToJson(RlpReader.Decode(encoded)).ToJsonString());
        }
    }

    private static (RlpItem Item, JsonNode Json) RandomTree(Random random, int depth)
    {
        if (depth < 3 && random.Next(3) == 0)
        {
            var children = Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomTree(random, depth + 1)).ToList();
            return (RlpItem.List(children.Select(c => c.Item)), new JsonArray(children.Select(c => c.Json).ToArray()));
        }

        // Lengths around the 1-byte, 55/56 and 256 boundaries.
        int[] lengths = [0, 1, 1, 2, 20, 32, 55, 56, 57, 255, 256, 300, 1100];
        var bytes = Seeded.Bytes(random, lengths[random.Next(lengths.Length)]);
        return (RlpItem.String(bytes), JsonValue.Create(Hex.Encode(bytes)));
    }

    private static JsonNode ToJson(RlpItem item) =>
        item.IsList ? new JsonArray(item.Items.Select(ToJson).ToArray()) : JsonValue.Create(Hex.Encode(item.Bytes))!;
}
