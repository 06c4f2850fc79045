using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;

namespace ProvenanceLedger.Sdk.Tests.Canonical;

public class JsonCanonicalizerTests
{
    [Fact]
    public void Canonicalize_matches_rfc8785_main_example()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;

        var canonical = JsonCanonicalizer.CanonicalizeToString(StrictJsonParser.Parse(input));

        Assert.Equal(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27]," +
            "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
            canonical);
    }

    [Fact]
    public void Canonicalize_sorts_members_by_utf16_code_units_as_rfc8785_shows()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;

        var canonical = JsonCanonicalizer.CanonicalizeToString(StrictJsonParser.Parse(input));

        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\"," +
            "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\"," +
            "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            canonical);
    }

    [Fact]
    public void Canonicalize_produces_utf8_bytes_of_the_rfc8785_sorting_example()
    {
        var canonical = JsonCanonicalizer.Canonicalize(new JsonObject { ["\u20ac"] = "x", ["\ud83d\ude00"] = "y" });

        Assert.Equal(
            "7b22e282ac223a2278222c22f09f9880223a2279227d",
            Convert.ToHexStringLower(canonical));
    }

    [Fact]
    public void Canonicalize_escapes_only_what_rfc8785_requires()
    {
        var node = JsonValue.Create("\b\f\n\r\t\u0001\u001f\"\\/<>&\u007f\u2028\u00e9");

        Assert.Equal("\"\\b\\f\\n\\r\\t\\u0001\\u001f\\\"\\\\/<>&\u007f\u2028\u00e9\"", JsonCanonicalizer.CanonicalizeToString(node));
    }

    [Fact]
    public void Canonicalize_writes_constructed_clr_numbers_in_ecmascript_form()
    {
        var node = new JsonObject
        {
            ["int"] = 42,
            ["long"] = 9007199254740993L,
            ["decimal"] = 1.50m,
            ["double"] = -0.0,
            ["float"] = 0.5f,
        };

        Assert.Equal(
            "{\"decimal\":1.5,\"double\":0,\"float\":0.5,\"int\":42,\"long\":9007199254740992}",
            JsonCanonicalizer.CanonicalizeToString(node));
    }

    [Fact]
    public void Canonicalize_refuses_a_constructed_nan_with_its_pointer()
    {
        var node = new JsonObject { ["body"] = new JsonObject { ["items"] = new JsonArray(1, double.NaN) } };

        var error = Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(node));

        Assert.Equal("/body/items/1", error.Pointer);
    }

    [Fact]
    public void Canonicalize_refuses_a_lone_surrogate_with_its_pointer()
    {
        var node = new JsonObject { ["a/b"] = new JsonArray("ok", "\ud800") };

        var error = Assert.Throws<CanonicalJsonException>(() => JsonCanonicalizer.Canonicalize(node));

        Assert.Equal("/a~1b/1", error.Pointer);
        Assert.Contains("lone UTF-16 surrogate", error.Message);
    }

    [Fact]
    public void Canonicalize_keeps_empty_containers_and_array_order()
    {
        var node = StrictJsonParser.Parse("""{ "b" : [ 3, {}, [] , "x" ], "a": {} }""");

        Assert.Equal("{\"a\":{},\"b\":[3,{},[],\"x\"]}", JsonCanonicalizer.CanonicalizeToString(node));
    }

    // Strings read from JSON text are copied as they stand when they hold no escape; the rest are re-escaped.
    [Theory]
    [InlineData("\"plain ASCII\"", "\"plain ASCII\"")]
    [InlineData("\"üñï € 😀 \u2028\"", "\"üñï € 😀 \u2028\"")]
    [InlineData("\"\"", "\"\"")]
    [InlineData("\"\\u00e9\\/\\u0041\"", "\"é/A\"")]
    [InlineData("\"tab\\t quote\\\" back\\\\ \\u0001 \\u007f\"", "\"tab\\t quote\\\" back\\\\ \\u0001 \u007f\"")]
    public void Strings_read_from_text_canonicalize_like_the_same_strings_built_in_code(string jsonText, string expected)
    {
        var parsed = StrictJsonParser.Parse(jsonText);
        var built = JsonValue.Create(parsed!.GetValue<string>());

        Assert.Equal(expected, JsonCanonicalizer.CanonicalizeToString(parsed));
        Assert.Equal(expected, JsonCanonicalizer.CanonicalizeToString(built));
    }
}
