using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

public class AbiStrictDecodingTests
{
    private static AbiException Rejects(string types, string hex)
    {
        var parsed = ((AbiTupleType)AbiType.Parse("(" + types + ")")).Components;
        return Assert.Throws<AbiException>(() => AbiCodec.Decode(parsed, Hex.Decode(hex)));
    }

    private static string Word(string hexTail) => hexTail.PadLeft(64, '0');

    [Theory]
    [InlineData("uint8", "0000000000000000000000000000000000000000000000000000000000000100", 30, "uint8 has non-zero high bytes")]
    [InlineData("int8", "00000000000000000000000000000000000000000000000000000000000000ff", 0, "int8 is not sign-extended")]
    [InlineData("int16", "ff00000000000000000000000000000000000000000000000000000000000001", 0, "int16 is not sign-extended")]
    [InlineData("address", "0000000000000000000000010000000000000000000000000000000000000001", 11, "address has non-zero high bytes")]
    [InlineData("bool", "0000000000000000000000000000000000000000000000000000000000000002", 31, "bool must be 0 or 1")]
    [InlineData("bytes2", "abcd000000000000000000000000000000000000000000000000000000000001", 31, "bytes2 has non-zero padding")]
    public void Decode_rejects_dirty_padding_at_its_offset(string type, string word, int offset, string reason)
    {
        var error = Rejects(type, word);

        Assert.Equal(offset, error.Offset);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Decode_rejects_an_offset_pointing_outside_the_data()
    {
        var error = Rejects("bytes", Word("40") + Word("1"));

        Assert.Equal(0, error.Offset);
        Assert.Equal("offset 64 points outside the data (length 64)", error.Reason);
    }

    [Fact]
    public void Decode_rejects_a_length_the_data_cannot_hold_before_allocating()
    {
        var error = Rejects("uint256[]", Word("20") + Word("ffffff") + Word("1"));

        Assert.Equal(32, error.Offset);
        Assert.Equal("uint256[] length 16777215 exceeds the data length 96", error.Reason);
        var shorter = Rejects("uint256[]", Word("20") + Word("3") + Word("1"));
        Assert.Equal("uint256[] length 3 needs more data than the 32 bytes left", shorter.Reason);
    }

    [Fact]
    public void Decode_rejects_bytes_with_dirty_padding_after_the_content()
    {
        var error = Rejects("bytes", Word("20") + Word("1") + "ab00000000000000000000000000000000000000000000000000000000000001");

        Assert.Equal(95, error.Offset);
        Assert.Equal("bytes has non-zero padding", error.Reason);
    }

    [Fact]
    public void Decode_rejects_trailing_bytes_unless_allowed()
    {
        var data = Hex.Decode(Word("7") + Word("0"));
        AbiType[] types = [new AbiUIntType(256)];

        var error = Assert.Throws<AbiException>(() => AbiCodec.Decode(types, data));
        Assert.Equal(32, error.Offset);
        Assert.Equal("32 trailing bytes after the encoded values", error.Reason);
        Assert.Equal(new BigInteger(7), AbiCodec.Decode(types, data, allowTrailingBytes: true)[0]);
    }

    [Fact]
    public void Decode_rejects_invalid_utf8_in_a_string()
    {
        var error = Rejects("string", Word("20") + Word("1") + "ff" + new string('0', 62));

        Assert.Equal(64, error.Offset);
        Assert.Equal("string is not valid UTF-8", error.Reason);
    }

    [Fact]
    public void Decode_rejects_truncated_data()
    {
        var error = Rejects("uint256,uint256", Word("1"));

        Assert.Equal(32, error.Offset);
        Assert.Equal("needs 32 bytes but the data ends at 32", error.Reason);
    }

    [Fact]
    public void Encode_rejects_out_of_range_and_mistyped_values()
    {
        Assert.Equal("256 is out of range for uint8", Assert.Throws<AbiException>(() => AbiCodec.EncodeValue(new AbiUIntType(8), 256)).Message);
        Assert.Equal("-129 is out of range for int8", Assert.Throws<AbiException>(() => AbiCodec.EncodeValue(new AbiIntType(8), -129)).Message);
        Assert.Equal("a bytes4 value must be byte[4], got byte[3]", Assert.Throws<AbiException>(() => AbiCodec.EncodeValue(new AbiFixedBytesType(4), new byte[3])).Message);
        Assert.Equal("a uint8[2] value must have 2 elements, got 1", Assert.Throws<AbiException>(() => AbiCodec.EncodeValue(AbiType.Parse("uint8[2]"), new object[] { 1 })).Message);
    }

    [Fact]
    public void Int_round_trips_its_extremes()
    {
        var type = new AbiIntType(256);
        var min = -(BigInteger.One << 255);

        var encoded = AbiCodec.EncodeValue(type, min);

        Assert.Equal("0x8" + new string('0', 63), Hex.Encode(encoded));
        Assert.Equal(min, AbiCodec.DecodeValue(type, encoded));
        Assert.Equal(BigInteger.MinusOne, AbiCodec.DecodeValue(new AbiIntType(8), Hex.Decode(new string('f', 64))));
    }
}
