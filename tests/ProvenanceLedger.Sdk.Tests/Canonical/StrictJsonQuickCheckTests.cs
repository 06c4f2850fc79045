using System.Text;
using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Tests.Canonical;

/// <summary>The allocation-free first pass of <see cref="StrictJsonParser"/>: it may only say "known good" for strict JSON.</summary>
public class StrictJsonQuickCheckTests
{
    [Theory]
    [InlineData("""{"a":1,"b":{"a":2,"c":[{"a":3},{"a":4}]},"c":"x"}""")]
    [InlineData("""{"a":{"x":1},"b":{"x":1},"x":{"x":{"x":1}}}""")]
    [InlineData("""{"s":"caf\u00e9 \"quoted\"","n":-1.5e10,"t":true,"f":false,"z":null}""")]
    [InlineData("""[1,"two",{"three":3}]""")]
    public void Accepts_strict_json(string json)
    {
        Assert.True(StrictJsonParser.IsPlainlyStrict(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"a":1,"b":{"c":1,"d":2,"c":3}}""")]
    [InlineData("""{"o":{"k":1},"p":2,"o":3}""")]
    [InlineData("""{"a":1e400}""")]
    [InlineData("""{"a":1,}""")]
    [InlineData("""{"s":"\ud800"}""")]
    public void Refuses_what_is_not_strict_json(string json)
    {
        Assert.False(StrictJsonParser.IsPlainlyStrict(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Leaves_escaped_member_names_to_the_precise_check()
    {
        // "\u0061" is "a": only unescaping tells, so the quick check never vouches for such a text.
        var text = Encoding.UTF8.GetBytes("""{"a":1,"\u0061":2}""");

        Assert.False(StrictJsonParser.IsPlainlyStrict(text));
        var error = Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse(text));
        Assert.Equal("/a", error.Pointer);
    }

    [Fact]
    public void Refuses_invalid_utf8_in_a_string_or_a_name()
    {
        byte[] inString = [.. "{\"a\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        byte[] inName = [.. "{\""u8, 0xFF, .. "\":1}"u8];

        Assert.False(StrictJsonParser.IsPlainlyStrict(inString));
        Assert.False(StrictJsonParser.IsPlainlyStrict(inName));
        Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse(inString));
        Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse(inName));
    }

    [Fact]
    public void Hands_very_wide_objects_to_the_precise_check_which_still_accepts_them()
    {
        var members = Enumerable.Range(0, 300).Select(i => $"\"m{i}\":{i}");
        var text = Encoding.UTF8.GetBytes("{" + string.Join(",", members) + "}");

        Assert.False(StrictJsonParser.IsPlainlyStrict(text));
        Assert.Equal(300, StrictJsonParser.ParseObject(text).Count);
    }

    [Fact]
    public void Finds_a_duplicate_among_many_siblings_after_nested_objects()
    {
        var members = Enumerable.Range(0, 100).Select(i => $"\"m{i}\":{{\"m{i}\":{i}}}");
        var text = Encoding.UTF8.GetBytes("{" + string.Join(",", members) + ",\"m57\":0}");

        Assert.False(StrictJsonParser.IsPlainlyStrict(text));
        var error = Assert.Throws<CanonicalJsonException>(() => StrictJsonParser.Parse(text));
        Assert.Equal("/m57", error.Pointer);
    }
}
