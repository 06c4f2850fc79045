using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class DocumentHasherTests
{
    private static JsonObject Sample() => StrictJsonParser.ParseObject("""
        {"type":"certificate-of-origin","id":"CO-1","body":{"a~b":{"c/d":1},"items":[{"hs":"010121"},[]],"note":null,"flags":{}}}
        """u8);

    [Fact]
    public void Issue_salts_every_leaf_in_document_order_with_escaped_pointers()
    {
        var hashed = new DocumentHasher(new SeededSaltSource(1337)).Issue(Sample());

        Assert.Equal(
            ["/type", "/id", "/body/a~0b/c~1d", "/body/items/0/hs", "/body/items/1", "/body/note", "/body/flags"],
            hashed.Salts.Keys);
        Assert.Equal(hashed.Salts.Keys, hashed.DisclosedLeaves.Select(l => l.Pointer));
        Assert.Equal(7, hashed.Salts.Values.Distinct().Count());
    }

    [Fact]
    public void Issue_with_the_system_csprng_never_repeats_a_salt()
    {
        var hasher = new DocumentHasher();

        var salts = Enumerable.Range(0, 50).SelectMany(_ => hasher.Issue(Sample()).Salts.Values).ToList();

        Assert.Equal(350, salts.Distinct().Count());
    }

    [Fact]
    public void Recompute_with_the_issued_salts_gives_the_issued_hash()
    {
        var hasher = new DocumentHasher(new SeededSaltSource(1337));
        var issued = hasher.Issue(Sample());

        var recomputed = new DocumentHasher().Recompute(Sample(), issued.Salts);

        Assert.Equal(issued.DocumentHash, recomputed.DocumentHash);
        Assert.Equal(issued.DisclosedLeaves, recomputed.DisclosedLeaves);
    }

    [Fact]
    public void Issue_is_independent_of_member_order_within_a_leaf_but_not_of_array_order()
    {
        var hasher = new DocumentHasher(new SeededSaltSource(1));
        var issued = hasher.Issue(StrictJsonParser.ParseObject("""{"x":{"b":1,"a":2},"y":[1,2]}"""u8));

        var reordered = hasher.Recompute(StrictJsonParser.ParseObject("""{"y":[1,2],"x":{"a":2,"b":1}}"""u8), issued.Salts);
        var swapped = Assert.Throws<DocumentHashingException>(() =>
            hasher.Recompute(StrictJsonParser.ParseObject("""{"x":{"b":1,"a":2},"y":[1,2,3]}"""u8), issued.Salts));

        Assert.Equal(issued.DocumentHash, reordered.DocumentHash);
        Assert.Equal("/y/2", swapped.Pointer);
    }

    [Theory]
    [InlineData("""{"type":"x","$schema":"s"}""", "/$schema")]
    [InlineData("""{"body":{"items":[{"$redacted":["0x00"]}]}}""", "/body/items/0/$redacted")]
    [InlineData("""{"body":{"$":1}}""", "/body/$")]
    public void Issue_refuses_reserved_member_names_with_their_pointer(string json, string pointer)
    {
        var error = Assert.Throws<DocumentHashingException>(() =>
            new DocumentHasher().Issue(StrictJsonParser.ParseObject(System.Text.Encoding.UTF8.GetBytes(json))));

        Assert.Equal(pointer, error.Pointer);
        Assert.Contains("reserved for redaction markers; rename it", error.Message);
    }

    [Fact]
    public void Issue_refuses_an_empty_document()
    {
        var error = Assert.Throws<DocumentHashingException>(() => new DocumentHasher().Issue([]));

        Assert.Equal("the document is empty; a document needs at least one member", error.Message);
    }

    [Fact]
    public void Recompute_reports_a_leaf_without_salt()
    {
        var issued = new DocumentHasher(new SeededSaltSource(2)).Issue(Sample());
        var salts = new Dictionary<string, Salt>(issued.Salts);
        salts.Remove("/body/note");

        var error = Assert.Throws<DocumentHashingException>(() => new DocumentHasher().Recompute(Sample(), salts));

        Assert.Equal("/body/note", error.Pointer);
        Assert.Equal("leaf '/body/note' has no salt; a disclosed value needs the salt it was issued with", error.Message);
    }

    [Fact]
    public void Recompute_reports_a_salt_that_no_leaf_uses()
    {
        var issued = new DocumentHasher(new SeededSaltSource(3)).Issue(Sample());
        var salts = new Dictionary<string, Salt>(issued.Salts) { ["/body/extra"] = issued.Salts["/id"] };

        var error = Assert.Throws<DocumentHashingException>(() => new DocumentHasher().Recompute(Sample(), salts));

        Assert.Equal("/body/extra", error.Pointer);
        Assert.Equal("salt for '/body/extra' belongs to no disclosed leaf; remove it or restore the value it salted", error.Message);
    }

    [Theory]
    [InlineData("""{"id":"x","b":{"$redacted":[]}}""", "/b", "must hold a non-empty array")]
    [InlineData("""{"id":"x","b":{"$redacted":["0x12"]}}""", "/b", "entry 0 is not a 32-byte hex leaf hash")]
    [InlineData("""{"id":"x","b":{"$redacted":[1]}}""", "/b", "entry 0 is not a 32-byte hex leaf hash")]
    [InlineData("""{"id":"x","b":{"$redacted":["0x0000000000000000000000000000000000000000000000000000000000000000"],"k":1}}""", "/b", "has 2 members")]
    [InlineData("""{"id":"x","b":{"$other":1}}""", "/b/$other", "reserved for redaction markers")]
    public void Recompute_rejects_malformed_markers(string json, string pointer, string message)
    {
        var document = StrictJsonParser.ParseObject(System.Text.Encoding.UTF8.GetBytes(json));
        var salts = new Dictionary<string, Salt> { ["/id"] = new(new byte[32]) };

        var error = Assert.Throws<DocumentHashingException>(() => new DocumentHasher().Recompute(document, salts));

        Assert.Equal(pointer, error.Pointer);
        Assert.Contains(message, error.Message);
    }
}
