using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Tests.Canonical;

public class StrictJsonParserTests
{
    [Theory]
    [InlineData("""{"a":1,"a":2}""", "/a")]
    [InlineData("""{"body":{"items":[{"hs":"1"},{"hs":"1","hs":"2"}]}}""", "/body/items/1/hs")]
    [InlineData("""{"x":[[],{"a/b":0,"a/b":0}]}""", "/x/1/a~1b")]
    public void Parse_rejects_duplicate_member_names_with_their_pointer(string json, string pointer)
    {
        var error = Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse(json));

        Assert.Equal(pointer, error.Pointer);
        Assert.Equal($"duplicate member name at '{pointer}'; each name may appear once per object", error.Message);
    }

    [Fact]
    public void Parse_accepts_the_same_name_in_different_objects()
    {
        var node = StrictJsonParser.Parse("""{"a":{"a":1},"b":[{"a":1},{"a":2}]}""");

        Assert.Equal("""{"a":{"a":1},"b":[{"a":1},{"a":2}]}""", JsonCanonicalizer.CanonicalizeToString(node));
    }

    [Fact]
    public void Parse_rejects_numbers_outside_double_range_with_their_pointer()
    {
        var error = Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse("""{"q":[1, 1e400]}"""));

        Assert.Equal("/q/1", error.Pointer);
        Assert.Equal("number at '/q/1' is outside IEEE-754 double range", error.Message);
    }

    [Theory]
    [InlineData("""{"a":NaN}""")]
    [InlineData("""{"a":Infinity}""")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"a":1} // note""")]
    [InlineData("""{"a":"\ud800"}""")]
    [InlineData("""{"a":1} {"b":2}""")]
    public void Parse_rejects_anything_beyond_rfc8259(string json)
    {
        var error = Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse(json));

        Assert.StartsWith("invalid JSON", error.Message);
    }
}
