using System.Text;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public sealed class PointerShapesTests
{
    [Fact]
    public void Documents_of_one_shape_share_one_pointer_array_and_others_get_their_own()
    {
        var walker = new IssueWalker(new LeafHasher());
        var first = Walk(walker, """{"a":1,"b":{"c":"x"}}""");
        var sameShape = Walk(walker, """{"a":2,"b":{"c":"y"}}""");
        var otherShape = Walk(walker, """{"a":2,"b":{"d":"y"}}""");
        var longer = Walk(walker, """{"a":2,"b":{"c":"y"},"e":[]}""");

        Assert.Equal(["/a", "/b/c"], first);
        Assert.Same(first, sameShape);
        Assert.Equal(["/a", "/b/d"], otherShape);
        Assert.NotSame(first, otherShape);
        Assert.Equal(["/a", "/b/c", "/e"], longer);
        Assert.Same(otherShape, Walk(walker, """{"a":"z","b":{"d":false}}"""));
    }

    [Fact]
    public void The_oldest_shape_gives_way_once_32_others_came_after_it()
    {
        var walker = new IssueWalker(new LeafHasher());
        var first = Walk(walker, """{"k0":1}""");
        for (var k = 1; k <= 32; k++)
        {
            _ = Walk(walker, $$"""{"k{{k}}":1}""");
        }

        var again = Walk(walker, """{"k0":1}""");
        Assert.Equal(first, again);
        Assert.NotSame(first, again);
    }

    [Fact]
    public void A_walker_hashes_a_document_as_a_new_walker_does_whatever_shapes_came_before()
    {
        // Each leaf's pointer is first compared with the one the document before had at that position.
        string[] documents =
        [
            """{"a":1,"b":{"c":"x"},"d":[1,2]}""",
            """{"a":1,"b":{"c":"x"},"d":[1,2]}""",
            """{"a":1,"b":{"e":"x"},"d":[1,2,3]}""",
            """{"a":1,"b":{"c":"x"}}""",
            """{"b":{"c":"x"},"a":1,"d":[1,2]}""",
        ];
        var reused = new IssueWalker(new LeafHasher());
        foreach (var json in documents)
        {
            Assert.Equal(Convert.ToHexString(LeafHashes(new IssueWalker(new LeafHasher()), json)), Convert.ToHexString(LeafHashes(reused, json)));
        }
    }

    private static byte[] LeafHashes(IssueWalker walker, string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        using var parsed = System.Text.Json.JsonDocument.Parse(utf8);
        var leaves = IssueWalker.CountLeaves(parsed.RootElement);
        var hashes = new byte[leaves * 32];
        walker.HashLeaves(utf8, new byte[leaves * Salt.Size], hashes);
        return hashes;
    }

    private static string[] Walk(IssueWalker walker, string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        using var parsed = System.Text.Json.JsonDocument.Parse(utf8);
        var leaves = IssueWalker.CountLeaves(parsed.RootElement);
        return walker.HashLeaves(utf8, new byte[leaves * Salt.Size], new byte[leaves * 32]);
    }
}
