using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

/// <summary>
/// The one-pass walk that recomputes a disclosed document's hash from its text must vouch for every well-formed
/// document, agree with the tree walk (FORMAT.md §3 step by step) leaf for leaf, and decline everything the tree walk
/// refuses, so that the refusal is the tree walk's, with its message.
/// </summary>
public class DisclosedWalkerTests
{
    private static readonly string Marker = """{"$redacted":["0x0000000000000000000000000000000000000000000000000000000000000001"]}""";

    public static TheoryData<int> Documents => Format1Vectors.Indices("documents");

    public static TheoryData<int> Redactions => Format1Vectors.Indices("redactions");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Walk_vouches_for_every_vector_document_compact_or_indented(int index)
    {
        var vector = Format1Vectors.Section("documents")[index]!;
        var document = vector["input"]!["document"]!.AsObject();
        var salts = Format1Vectors.Salts(vector["input"]!["salts"]);
        var expected = vector["expected"]!;

        foreach (var indented in new[] { false, true })
        {
            var walked = Walk(document, salts, indented);

            Assert.NotNull(walked);
            Assert.Equal(expected["documentHash"]!.GetValue<string>(), walked.DocumentHash.ToString());
            Assert.Equal(expected["leaves"]!.AsArray().Select(l => l!["pointer"]!.GetValue<string>()), walked.Pointers);
            Assert.Empty(walked.RedactedLeafHashes);
        }
    }

    [Theory]
    [MemberData(nameof(Redactions))]
    public void Walk_vouches_for_every_vector_redaction_and_keeps_the_hash(int index)
    {
        var expected = Format1Vectors.Section("redactions")[index]!["expected"]!;
        var document = expected["document"]!.AsObject();
        var salts = Format1Vectors.Salts(expected["salts"]);

        var walked = Walk(document, salts, indented: true);

        Assert.NotNull(walked);
        Assert.Equal(expected["documentHash"]!.GetValue<string>(), walked.DocumentHash.ToString());
        Assert.Equal(salts.Keys, walked.Pointers);
        Assert.NotEmpty(walked.RedactedLeafHashes);
    }

    [Theory]
    [MemberData(nameof(Redactions))]
    public void Listed_leaves_are_the_tree_walks_leaves_with_values_written_alike(int index)
    {
        var expected = Format1Vectors.Section("redactions")[index]!["expected"]!;
        var document = expected["document"]!.AsObject();

        var walked = Walk(document, Format1Vectors.Salts(expected["salts"]), indented: false, listLeaves: true)!.Leaves!;
        var tree = DocumentFlattener.FlattenDisclosed(document);

        Assert.Equal(tree.Select(Describe), walked.Select(Describe));
    }

    [Fact]
    public void Listed_values_keep_numbers_as_written_and_strings_unescaped()
    {
        const string json = """{"n":[1.50,-0,1e3,12345678901234567890],"s":"t\u00e9\"x\/","u":"éü","b":[true,false,null],"e":{},"a":[]}""";
        var document = StrictJsonParser.ParseObject(Encoding.UTF8.GetBytes(json));
        var pointers = DocumentFlattener.FlattenDisclosed(document).Select(l => l.Pointer).ToList();
        var salts = pointers.ToDictionary(p => p, p => new Salt(new byte[Salt.Size]), StringComparer.Ordinal);

        var walked = new DisclosedWalker(new LeafHasher()).TryRecompute(Encoding.UTF8.GetBytes(json), salts, listLeaves: true);

        Assert.NotNull(walked);
        Assert.Equal(
            ["/n/0 1.50", "/n/1 -0", "/n/2 1e3", "/n/3 12345678901234567890", "/s \"t\\u00E9\\u0022x/\"", "/u \"\\u00E9\\u00FC\"",
             "/b/0 true", "/b/1 false", "/b/2 null", "/e {}", "/a []"],
            walked.Leaves!.Select(Describe));
        // Each leaf hash as the tree walk's canonical form of the node gives it.
        var hasher = new LeafHasher();
        var expected = DocumentFlattener.FlattenDisclosed(document).SelectMany(l => hasher.Hash(salts[l.Pointer], l.Pointer, l.Value).Bytes.ToArray());
        Assert.Equal(expected, walked.LeafHashes);
    }

    [Theory]
    [InlineData("{}", "/id")]
    [InlineData("""{"id":"x","$other":1}""", "/id")]
    [InlineData("""{"id":"x","b":{"k":1,"$redacted":["0x0000000000000000000000000000000000000000000000000000000000000001"]}}""", "/id,/b/k")]
    [InlineData("""{"id":"x","b":{"$redacted":["0x0000000000000000000000000000000000000000000000000000000000000001"],"k":1}}""", "/id")]
    [InlineData("""{"id":"x","b":{"$redacted":[]}}""", "/id")]
    [InlineData("""{"id":"x","b":{"$redacted":["0x12"]}}""", "/id")]
    [InlineData("""{"id":"x","b":{"$redacted":[1]}}""", "/id")]
    [InlineData("""{"id":"x","b":{"$redacted":{}}}""", "/id")]
    [InlineData("""{"id":"x","b":{"$redacted":["0x0000000000000000000000000000000000000000000000000000000000000001"]}}""", "/id,/b")]
    [InlineData("""{"id":"x","b":2}""", "/id")]
    [InlineData("""{"id":"x"}""", "/id,/b")]
    [InlineData("""{"id":"x","n":1e400}""", "/id,/n")]
    [InlineData("""{"id":"\ud800"}""", "/id")]
    [InlineData("""{"id":"x","\ud800":1}""", "/id")]
    [InlineData("""{"id":"x","b":{"\u0024\udc00":1}}""", "/id")]
    [InlineData("""{"a":1,"a":2}""", "/a,/b")]
    [InlineData("""{"a":1,"b":2,"a":3}""", "/a,/b,/c")]
    public void Walk_declines_what_the_tree_walk_refuses(string json, string saltPointers)
    {
        var salts = saltPointers.Split(',').ToDictionary(p => p, p => new Salt(new byte[Salt.Size]), StringComparer.Ordinal);

        var walked = new DisclosedWalker(new LeafHasher()).TryRecompute(Encoding.UTF8.GetBytes(json), salts, listLeaves: true);

        Assert.Null(walked);
    }

    // The reader lets invalid UTF-8 through (and escaped lone surrogates, above); neither has text, so neither a
    // pointer nor a marker hash: declined, not thrown.
    [Theory]
    [InlineData("{\"id\":\"x\",\"n\u00FFm\":1}")]
    [InlineData("{\"id\":\"x\",\"b\":{\"$redacted\":[\"0x000000000000000000000000000000000000000000000000000000000000\u00FF\u00FE\"]}}")]
    public void Walk_declines_names_and_marker_hashes_that_are_not_utf8(string latin1)
    {
        var salts = new Dictionary<string, Salt>(StringComparer.Ordinal) { ["/id"] = new Salt(new byte[Salt.Size]) };

        var walked = new DisclosedWalker(new LeafHasher()).TryRecompute(Encoding.Latin1.GetBytes(latin1), salts, listLeaves: true);

        Assert.Null(walked);
    }

    [Fact]
    public void A_marker_anywhere_is_one_leaf_standing_for_its_hashes()
    {
        var json = $$"""{"id":"x","list":[{{Marker}},2],"whole":{{Marker}}}""";
        var salts = new[] { "/id", "/list/1" }.ToDictionary(p => p, p => new Salt(new byte[Salt.Size]), StringComparer.Ordinal);

        var walked = new DisclosedWalker(new LeafHasher()).TryRecompute(Encoding.UTF8.GetBytes(json), salts, listLeaves: true);

        Assert.NotNull(walked);
        Assert.Equal(["/id \"x\"", "/list/0 redacted 1", "/list/1 2", "/whole redacted 1"], walked.Leaves!.Select(Describe));
        Assert.Equal(2, walked.RedactedLeafHashes.Count);
        var document = StrictJsonParser.ParseObject(Encoding.UTF8.GetBytes(json));
        Assert.Equal(new DocumentHasher().Recompute(document, salts).DocumentHash, walked.DocumentHash);
    }

    [Fact]
    public void A_walk_that_gives_up_leaves_nothing_queued_for_the_next_document()
    {
        var hasher = new LeafHasher();
        var walker = new DisclosedWalker(hasher);
        var salts = new[] { "/a", "/b" }.ToDictionary(p => p, p => new Salt(new byte[Salt.Size]), StringComparer.Ordinal);
        Assert.Null(walker.TryRecompute("""{"a":1,"b":1e400}"""u8, salts, listLeaves: false));

        var walked = walker.TryRecompute("""{"a":1,"b":2}"""u8, salts, listLeaves: false);

        var fresh = new DisclosedWalker(new LeafHasher()).TryRecompute("""{"a":1,"b":2}"""u8, salts, listLeaves: false);
        Assert.Equal(fresh!.DocumentHash, walked!.DocumentHash);
        Assert.Equal(fresh.LeafHashes, walked.LeafHashes);
    }

    private static RecomputedLeaves? Walk(JsonObject document, IReadOnlyDictionary<string, Salt> salts, bool indented, bool listLeaves = false)
    {
        var text = Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = indented }));
        return new DisclosedWalker(new LeafHasher()).TryRecompute(text, salts, listLeaves);
    }

    private static string Describe(FlatLeaf leaf) => leaf.IsRedacted
        ? $"{leaf.Pointer} redacted {leaf.RedactedHashes!.Count}"
        : $"{leaf.Pointer} {leaf.Value?.ToJsonString() ?? "null"}";

    [Fact]
    public void A_document_deeper_than_the_writer_goes_is_hashed_by_the_tree_walk()
    {
        // Built in code (no text to read): 1,006 levels, one leaf at the bottom.
        const int Depth = 1006;
        var salts = new Dictionary<string, Salt>(StringComparer.Ordinal) { [string.Concat(Enumerable.Repeat("/a", Depth))] = new Salt(new byte[Salt.Size]) };
        JsonObject Deep(int leaf)
        {
            JsonNode node = leaf;
            for (var i = 0; i < Depth; i++)
            {
                node = new JsonObject { ["a"] = node };
            }

            return (JsonObject)node;
        }

        var one = new DocumentHasher().Recompute(Deep(1), salts).DocumentHash;
        var two = new DocumentHasher().Recompute(Deep(2), salts).DocumentHash;

        Assert.NotEqual(one, two);
        Assert.Equal(one, new DocumentHasher().Recompute(Deep(1), salts).DocumentHash);
    }
}
