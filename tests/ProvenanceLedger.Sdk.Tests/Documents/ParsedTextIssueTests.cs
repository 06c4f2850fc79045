using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Tests.Issuing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

/// <summary>
/// Issuing writes each document once as compact text and validates and hashes the parsed text, not a tree of
/// nodes: the text must be the text of the document's JSON object, and every leaf must hash as the node tree's.
/// </summary>
public class ParsedTextIssueTests
{
    // Numbers in the forms text and code give them; strings and names with escapes, non-ASCII and separators.
    private const string AwkwardBody = """
        {"n":[0,-0,7,-15,123456789012345,1234567890123456,9007199254740993,1e21,1E+2,1.0,1.50,2.5e-7,0.000001,1e-7,-1.5E300],
         "s":["plain","\u00e9","a\/b","q\"b","\ud83d\ude00","line\u2028sep","tab\t","\u0001",""],
         "\u0041b":{"a\"q":true,"x~y/z":null,"é":{},"😀":[]}}
        """;

    private static TradeDocument FromText(string body) => TradeDocument.Parse($$"""
        {"type":"packing-list","id":"PL-1","issuer":{"address":"{{Address.Zero}}","name":"Packer"},"issuedAt":"2026-03-04T05:06:07Z","parents":[],"body":{{body}}}
        """);

    private static string Compact(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CompactJson.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void A_documents_compact_text_is_its_json_objects_compact_text()
    {
        List<TradeDocument> documents = [FromText(AwkwardBody), .. SampleBatches.Certificates(8, Address.Zero)];
        documents.Add(new TradeDocument(
            documents[0].Type, "PL-2", new DocumentIssuer(Address.Zero, "Ñandú \"Sur\" <S.A.>"), DateTimeOffset.UnixEpoch, [],
            new JsonObject { ["w"] = new JsonArray(1.50m, -0.0, 12345678901234567890m, 2.5e-7, long.MaxValue), ["t"] = "😀\u2028" }));

        foreach (var document in documents)
        {
            Assert.Equal(Compact(w => document.ToJson().WriteTo(w)), Compact(document.WriteTo));
        }
    }

    [Fact]
    public void Every_leaf_of_parsed_text_hashes_as_the_same_leaf_of_the_node_tree()
    {
        var fromText = (JsonObject)JsonNode.Parse($"{{\"body\":{AwkwardBody}}}")!;
        var builtInCode = new JsonObject
        {
            ["n"] = new JsonArray(-0.0, 1e21, 0.1, 9007199254740993L, 1.50m, 2.5e-7f, int.MinValue, ulong.MaxValue),
            ["s"] = new JsonArray("\u00e9\u2028😀", "q\"b\\", "\u0000\u001f"),
        };

        foreach (var document in new[] { fromText, builtInCode })
        {
            var issued = new DocumentHasher(new SeededSaltSource(1337)).Issue(document);

            // Recompute flattens the node tree and canonicalises each node: the independent path.
            var recomputed = new DocumentHasher().Recompute(document, issued.Salts);
            Assert.Equal(recomputed.DisclosedLeaves, issued.DisclosedLeaves);
            Assert.Equal(recomputed.DocumentHash, issued.DocumentHash);
        }
    }

    [Fact]
    public async Task Every_issued_bundles_document_hash_recomputes_from_its_document_and_salts()
    {
        var issuer = SampleBatches.IssuerKey.Address;
        List<TradeDocument> documents = [.. SampleBatches.Certificates(40, issuer)];
        documents.Insert(7, TradeDocument.Parse(FromText(AwkwardBody).ToJsonString().Replace(Address.Zero.ToString(), issuer.ToString(), StringComparison.Ordinal)));

        var bundles = await new DocumentBatchIssuer(SampleBatches.IssuerKey, new RecordingSubmitter(), saltSource: new SeededSaltSource(1337))
            .IssueAsync(documents);

        var verifier = new DocumentHasher();
        foreach (var bundle in bundles)
        {
            Assert.Equal(verifier.Recompute(bundle.Document, bundle.Salts).DocumentHash, bundle.DocumentHash);
        }
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("-15", "-15")]
    [InlineData("123456789012345", "123456789012345")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1E+2", "100")]
    [InlineData("1.50", "1.5")]
    [InlineData("2.5e-7", "2.5e-7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("{}", "{}")]
    [InlineData("[ ]", "[]")]
    [InlineData("\"plain é\"", "\"plain é\"")]
    [InlineData("\"\\u00e9\\/\\u0041\"", "\"é/A\"")]
    [InlineData("\"\\u001f\\b\\\"\"", "\"\\u001f\\b\\\"\"")]
    public void A_leaf_is_canonicalised_from_its_raw_token(string text, string canonical)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        reader.Read();
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            reader.Read(); // an empty container's leaf is the token that ends it
        }

        var buffer = new ArrayBufferWriter<byte>();

        JsonCanonicalizer.WriteLeaf(ref reader, "/x", buffer);

        Assert.Equal(canonical, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void A_document_nested_deeper_than_the_parsers_default_is_hashed_as_its_node_tree()
    {
        JsonNode deepest = new JsonArray(new JsonObject(), "leaf");
        for (var depth = 0; depth < 200; depth++)
        {
            deepest = depth % 2 == 0 ? new JsonObject { ["d"] = deepest } : new JsonArray(1, deepest);
        }

        var document = new JsonObject { ["body"] = deepest };
        var issued = new DocumentHasher(new SeededSaltSource(1337)).Issue(document);

        Assert.Equal(102, issued.Salts.Count); // {} and "leaf" at the bottom, and the 1 of each of the 100 arrays
        Assert.Equal(new DocumentHasher().Recompute(document, issued.Salts).DocumentHash, issued.DocumentHash);
    }

    [Fact]
    public void A_number_beyond_double_range_is_refused_with_its_pointer()
    {
        var error = Assert.Throws<CanonicalJsonException>(() => new DocumentHasher().Issue((JsonObject)JsonNode.Parse("""{"a":[1,1e400]}""")!));

        Assert.Equal("/a/1", error.Pointer);
        Assert.Equal("number 1e400 at '/a/1' is outside IEEE-754 double range", error.Message);
    }

    [Fact]
    public void A_hasher_that_refused_a_leaf_hashes_the_next_document_as_a_fresh_one_would()
    {
        var hasher = new DocumentHasher(new SeededSaltSource(5));
        Assert.Throws<CanonicalJsonException>(() => hasher.Issue((JsonObject)JsonNode.Parse("""{"a":1,"b":2,"c":"x","d":true,"e":1e400}""")!));

        var document = (JsonObject)JsonNode.Parse($"{{\"body\":{AwkwardBody}}}")!;
        var issued = hasher.Issue(document);

        Assert.Equal(new DocumentHasher().Recompute(document, issued.Salts).DisclosedLeaves, issued.DisclosedLeaves);
    }

    [Fact]
    public void Validating_json_with_a_number_that_has_no_json_text_reports_it_as_a_problem_at_its_pointer()
    {
        var document = (JsonObject)JsonNode.Parse(FromText("{}").ToJsonString())!;
        document["body"]!["weight"] = double.NaN;

        var result = DocumentValidator.Validate(document);

        Assert.False(result.IsValid);
        Assert.Equal("/body/weight", Assert.Single(result.Problems).Pointer);
    }

    // A parsed object nobody has touched writes its text as it was parsed, repeated names included.
    private static JsonObject WithRepeatedName() =>
        (JsonObject)JsonNode.Parse(FromText("""{"box":{"n":1}}""").ToJsonString().Replace("\"n\":1", "\"n\":1,\"n\":2", StringComparison.Ordinal))!;

    [Fact]
    public void A_repeated_member_name_is_refused_at_hashing_with_its_pointer()
    {
        var error = Assert.Throws<CanonicalJsonException>(() => new DocumentHasher().Issue(WithRepeatedName()));

        Assert.Equal("/body/box/n", error.Pointer);
    }

    [Fact]
    public void A_repeated_member_name_is_a_validation_problem_at_its_pointer()
    {
        var result = DocumentValidator.Validate(WithRepeatedName());

        Assert.Equal("/body/box/n", Assert.Single(result.Problems).Pointer);
    }

    [Fact]
    public void A_trade_document_cannot_be_made_with_a_body_that_repeats_a_member_name()
    {
        var body = (JsonObject)JsonNode.Parse("""{"box":{"n":1,"n":2}}""")!;

        var error = Assert.Throws<ArgumentException>(() =>
            new TradeDocument(DocumentType.Parse("packing-list"), "PL-1", new DocumentIssuer(Address.Zero, "Packer"), DateTimeOffset.UnixEpoch, [], body));

        Assert.Equal("body", error.ParamName);
        Assert.Contains("'/box/n'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preparing_json_objects_refuses_a_repeated_member_name_with_its_pointer()
    {
        var error = Assert.Throws<CanonicalJsonException>(() => PreparedBatch.Prepare([WithRepeatedName(), WithRepeatedName()], new DocumentHasher()));

        Assert.Equal("/body/box/n", error.Pointer);
    }

    [Fact]
    public void An_envelope_string_with_a_lone_surrogate_is_a_validation_problem_not_a_replaced_character()
    {
        var document = WithRepeatedName();
        document["body"] = new JsonObject();
        document["id"] = "PL-\uD800-1";

        var error = Assert.Throws<DocumentValidationException>(() => TradeDocument.FromJson(document));

        Assert.Equal("/id", Assert.Single(error.Problems).Pointer);
    }
}
