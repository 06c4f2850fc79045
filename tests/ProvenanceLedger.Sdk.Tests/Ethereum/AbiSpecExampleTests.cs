using System.Numerics;
using System.Text;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>The worked examples of the Solidity "Contract ABI Specification", byte for byte.</summary>
public class AbiSpecExampleTests
{
    private static string Words(params string[] words) => "0x" + string.Concat(words);

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void Baz_encodes_uint32_and_bool()
    {
        var call = AbiFunction.FromSignature("baz(uint32,bool)").EncodeCall(new BigInteger(69), true);

        Assert.Equal(Words("cdcd77c0",
            "0000000000000000000000000000000000000000000000000000000000000045",
            "0000000000000000000000000000000000000000000000000000000000000001"), Hex.Encode(call));
    }

    [Fact]
    public void Bar_encodes_fixed_array_of_bytes3()
    {
        var call = AbiFunction.FromSignature("bar(bytes3[2])").EncodeCall([new object[] { Ascii("abc"), Ascii("def") }]);

        Assert.Equal(Words("fce353f6",
            "6162630000000000000000000000000000000000000000000000000000000000",
            "6465660000000000000000000000000000000000000000000000000000000000"), Hex.Encode(call));
    }

    [Fact]
    public void Sam_encodes_bytes_bool_and_dynamic_array()
    {
        var function = AbiFunction.FromSignature("sam(bytes,bool,uint256[])");
        var call = function.EncodeCall(Ascii("dave"), true, new object[] { 1, 2, 3 });

        Assert.Equal(Words("a5643bf2",
            "0000000000000000000000000000000000000000000000000000000000000060",
            "0000000000000000000000000000000000000000000000000000000000000001",
            "00000000000000000000000000000000000000000000000000000000000000a0",
            "0000000000000000000000000000000000000000000000000000000000000004",
            "6461766500000000000000000000000000000000000000000000000000000000",
            "0000000000000000000000000000000000000000000000000000000000000003",
            "0000000000000000000000000000000000000000000000000000000000000001",
            "0000000000000000000000000000000000000000000000000000000000000002",
            "0000000000000000000000000000000000000000000000000000000000000003"), Hex.Encode(call));
        var decoded = function.DecodeCall(call);
        Assert.Equal(Ascii("dave"), decoded[0]);
        Assert.Equal(true, decoded[1]);
        Assert.Equal(new object[] { new BigInteger(1), new BigInteger(2), new BigInteger(3) }, decoded[2]);
    }

    [Fact]
    public void F_encodes_mixed_static_and_dynamic_arguments()
    {
        var function = AbiFunction.FromSignature("f(uint256,uint32[],bytes10,bytes)");
        var call = function.EncodeCall(0x123, new object[] { 0x456, 0x789 }, Ascii("1234567890"), Ascii("Hello, world!"));

        Assert.Equal(Words("8be65246",
            "0000000000000000000000000000000000000000000000000000000000000123",
            "0000000000000000000000000000000000000000000000000000000000000080",
            "3132333435363738393000000000000000000000000000000000000000000000",
            "00000000000000000000000000000000000000000000000000000000000000e0",
            "0000000000000000000000000000000000000000000000000000000000000002",
            "0000000000000000000000000000000000000000000000000000000000000456",
            "0000000000000000000000000000000000000000000000000000000000000789",
            "000000000000000000000000000000000000000000000000000000000000000d",
            "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"), Hex.Encode(call));
        var decoded = function.DecodeCall(call);
        Assert.Equal(new BigInteger(0x123), decoded[0]);
        Assert.Equal(Ascii("Hello, world!"), decoded[3]);
    }

    [Fact]
    public void G_encodes_nested_dynamic_arrays_and_string_array()
    {
        var function = AbiFunction.FromSignature("g(uint256[][],string[])");
        var call = function.EncodeCall(new object[] { new object[] { 1, 2 }, new object[] { 3 } }, new object[] { "one", "two", "three" });

        Assert.Equal(Words("2289b18c",
            "0000000000000000000000000000000000000000000000000000000000000040",
            "0000000000000000000000000000000000000000000000000000000000000140",
            "0000000000000000000000000000000000000000000000000000000000000002",
            "0000000000000000000000000000000000000000000000000000000000000040",
            "00000000000000000000000000000000000000000000000000000000000000a0",
            "0000000000000000000000000000000000000000000000000000000000000002",
            "0000000000000000000000000000000000000000000000000000000000000001",
            "0000000000000000000000000000000000000000000000000000000000000002",
            "0000000000000000000000000000000000000000000000000000000000000001",
            "0000000000000000000000000000000000000000000000000000000000000003",
            "0000000000000000000000000000000000000000000000000000000000000003",
            "0000000000000000000000000000000000000000000000000000000000000060",
            "00000000000000000000000000000000000000000000000000000000000000a0",
            "00000000000000000000000000000000000000000000000000000000000000e0",
            "0000000000000000000000000000000000000000000000000000000000000003",
            "6f6e650000000000000000000000000000000000000000000000000000000000",
            "0000000000000000000000000000000000000000000000000000000000000003",
            "74776f0000000000000000000000000000000000000000000000000000000000",
            "0000000000000000000000000000000000000000000000000000000000000005",
            "7468726565000000000000000000000000000000000000000000000000000000"), Hex.Encode(call));
        var decoded = function.DecodeCall(call);
        Assert.Equal(new object[] { "one", "two", "three" }, decoded[1]);
    }

    [Fact]
    public void Event_topic_is_keccak_of_signature_and_indexed_dynamic_inputs_are_hashed()
    {
        var transfer = new AbiEvent("Transfer", [AbiParameter.Of("address", "from", true), AbiParameter.Of("address", "to", true), AbiParameter.Of("uint256", "value")]);

        Assert.Equal("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", transfer.Topic.ToString());
        // The spec: an indexed string is hashed as its raw bytes; an indexed array as its padded elements.
        Assert.Equal(Keccak256.Hash(Ascii("hello")), AbiEvent.TopicOf(AbiType.Parse("string"), "hello"));
        Assert.Equal(Keccak256.Hash(Hex.Decode(Words(
            "0000000000000000000000000000000000000000000000000000000000000001",
            "0000000000000000000000000000000000000000000000000000000000000002"))), AbiEvent.TopicOf(AbiType.Parse("uint8[]"), new object[] { 1, 2 }));
    }

    [Fact]
    public void Type_parser_gives_canonical_names()
    {
        Assert.Equal("uint256", AbiType.Parse("uint").CanonicalName);
        Assert.Equal("(int256,(address,bytes32)[2],string)[]", AbiType.Parse("(int,(address,bytes32)[2],string)[]").CanonicalName);
        Assert.Equal("uint8[2][]", AbiType.Parse("uint8[2][]").CanonicalName);
        Assert.IsType<AbiDynamicArrayType>(AbiType.Parse("uint8[2][]"));
        Assert.Equal("()", AbiType.Parse("()").CanonicalName);
    }

    [Theory]
    [InlineData("uint7", "uint7 is not a valid type")]
    [InlineData("uint264", "uint264 is not a valid type")]
    [InlineData("bytes33", "bytes33 is not a valid type")]
    [InlineData("bytes0", "unknown type 'bytes0'")]
    [InlineData("uint256[0]", "invalid array length '0'")]
    [InlineData("(uint256", "unclosed '('")]
    [InlineData("uint256[", "unclosed '['")]
    [InlineData("address payable", "unexpected ' '")]
    [InlineData("float", "unknown type 'float'")]
    public void Type_parser_rejects_invalid_types(string type, string expected)
    {
        var error = Assert.Throws<AbiException>(() => AbiType.Parse(type));
        Assert.Contains(expected, error.Message);
    }
}
