using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

/// <summary>
/// The one pointer both one-pass walks (issue and verify) keep: RFC 6901 escaping, array indices, empty containers
/// as leaves, and its buffers growing past their first sizes, checked against exact pointers and the tree walk.
/// </summary>
public sealed class LeafPointerTrackerTests
{
    [Fact]
    public void Leaves_get_escaped_names_indices_and_empty_containers_as_pointers()
    {
        const string json = """{"a/b":{"t~n":[1,[],{},[true,{"x":null}]]},"é":"v","\u00e9t\u00e9":0,"":{"":"z"}}""";

        var pointers = LeafPointers(new LeafPointerTracker(), json);

        Assert.Equal(
            ["/a~1b/t~0n/0", "/a~1b/t~0n/1", "/a~1b/t~0n/2", "/a~1b/t~0n/3/0", "/a~1b/t~0n/3/1/x", "/é", "/été", "//"],
            pointers);
    }

    [Fact]
    public void Pointers_agree_with_the_tree_walk_for_seeded_random_documents()
    {
        var generator = new RandomDocuments(new Random(1337));
        var tracker = new LeafPointerTracker();
        for (var i = 0; i < 200; i++)
        {
            var document = generator.Next();

            var pointers = LeafPointers(tracker, document.ToJsonString());

            Assert.Equal(DocumentFlattener.FlattenForIssue(document).Select(l => l.Pointer), pointers);
        }
    }

    [Fact]
    public void Nesting_deeper_than_the_first_frames_and_longer_than_the_first_buffer_keeps_every_pointer()
    {
        // 40 levels (the frames start at 16) under names that make the pointer well past its first 128 characters.
        JsonNode deepest = new JsonArray(new JsonObject(), "leaf");
        for (var depth = 0; depth < 40; depth++)
        {
            deepest = depth % 2 == 0 ? new JsonObject { ["level~/" + depth] = deepest } : new JsonArray(1, deepest);
        }

        var document = new JsonObject { ["body"] = deepest };
        var pointers = LeafPointers(new LeafPointerTracker(), document.ToJsonString());

        Assert.Equal(DocumentFlattener.FlattenForIssue(document).Select(l => l.Pointer), pointers);

        // The 20 arrays' first elements, then the innermost array's {} and "leaf".
        Assert.Equal(22, pointers.Count);
        Assert.Equal("/body/0", pointers[0]);
        Assert.Equal("/body/1/level~0~138/0", pointers[1]);
        Assert.StartsWith("/body/1/level~0~138/1/level~0~136/1/", pointers[^1], StringComparison.Ordinal);
        Assert.EndsWith("/1/level~0~12/1/level~0~10/1", pointers[^1], StringComparison.Ordinal);
        Assert.EndsWith("/1/level~0~12/1/level~0~10/0", pointers[^2], StringComparison.Ordinal);
        Assert.Equal(pointers[^1].Length, pointers[^2].Length);
        Assert.True(pointers[^1].Length > 128, pointers[^1]);
    }

    [Fact]
    public void Array_indices_past_nine_take_two_digits()
    {
        var pointers = LeafPointers(new LeafPointerTracker(), """{"a":[0,1,2,3,4,5,6,7,8,9,10,[11]]}""");

        Assert.Equal([.. Enumerable.Range(0, 11).Select(i => $"/a/{i}"), "/a/11/0"], pointers);
    }

    [Fact]
    public void Reset_after_an_abandoned_document_starts_the_next_at_the_root()
    {
        var tracker = new LeafPointerTracker();
        var reader = new Utf8JsonReader("""{"x":{"y":[1,"""u8.ToArray(), isFinalBlock: false, state: default);
        while (reader.Read())
        {
            tracker.Advance(ref reader);
        }

        Assert.Equal("/x/y/0", tracker.Pointer.ToString());

        Assert.Equal(["/a"], LeafPointers(tracker, """{"a":1}"""));
    }

    [Fact]
    public void Each_member_extends_its_open_containers_pointer_and_only_the_first_finds_it_empty()
    {
        var tracker = new LeafPointerTracker();
        var reader = new Utf8JsonReader("""{"a":{"b":1,"c":[{"d":2}]},"e":{}}"""u8.ToArray());
        tracker.Reset();
        var seen = new List<string>();
        while (reader.Read())
        {
            // Asked before the member is taken, as the disclosed walk asks it of a '$' name.
            var empty = reader.TokenType == JsonTokenType.PropertyName && tracker.ContainerIsEmpty;
            tracker.Advance(ref reader);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                seen.Add($"{tracker.Pointer}:{empty}");
            }
        }

        Assert.Equal(["/a:True", "/a/b:True", "/a/c:False", "/a/c/0/d:True", "/e:False"], seen);
    }

    [Theory]
    [InlineData("""{"a":{"k":1,"\ud800":2}}""")] // an escaped lone surrogate
    [InlineData("{\"a\":{\"k\":1,\"\u00FF\":2}}")] // not UTF-8 (read as Latin-1 bytes below)
    public void A_member_name_without_text_is_refused_with_its_objects_pointer(string latin1)
    {
        var error = Assert.Throws<CanonicalJsonException>(() => LeafPointers(new LeafPointerTracker(), Encoding.Latin1.GetBytes(latin1)));

        Assert.Equal("/a", error.Pointer);
        Assert.Equal("a member name in the object at '/a' holds a lone UTF-16 surrogate or invalid UTF-8; JSON text must be valid Unicode", error.Message);
    }

    // Every leaf's pointer, in reader order, as the walkers take them.
    private static List<string> LeafPointers(LeafPointerTracker tracker, string json) => LeafPointers(tracker, Encoding.UTF8.GetBytes(json));

    private static List<string> LeafPointers(LeafPointerTracker tracker, byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        tracker.Reset();
        var pointers = new List<string>();
        while (reader.Read())
        {
            if (tracker.Advance(ref reader))
            {
                pointers.Add(tracker.Pointer.ToString());
            }
        }

        return pointers;
    }
}
