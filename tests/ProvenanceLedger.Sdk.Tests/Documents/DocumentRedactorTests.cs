using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class DocumentRedactorTests
{
    private static HashedDocument Issue() => new DocumentHasher(new SeededSaltSource(1337)).Issue(StrictJsonParser.ParseObject("""
        {"id":"CO-7","body":{"price":{"amount":1250.5,"currency":"EUR"},"items":[{"hs":"010121","secret":"s3cr3t-value"},{"hs":"020110"}]}}
        """u8));

    [Fact]
    public void Redact_replaces_a_subtree_in_place_and_keeps_the_hash()
    {
        var issued = Issue();

        var (document, salts) = new DocumentRedactor().Redact(issued.Document, issued.Salts, ["/body/price"]);

        Assert.Equal(["id", "body"], document.Select(m => m.Key));
        Assert.Equal(["price", "items"], document["body"]!.AsObject().Select(m => m.Key));
        var marker = document["body"]!["price"]!["$redacted"]!.AsArray().Select(h => h!.GetValue<string>());
        Assert.Equal(
            [issued.DisclosedLeaves[1].LeafHash.ToString(), issued.DisclosedLeaves[2].LeafHash.ToString()], marker);
        Assert.Equal(["/id", "/body/items/0/hs", "/body/items/0/secret", "/body/items/1/hs"], salts.Keys);
        Assert.Equal(issued.DocumentHash, new DocumentHasher().Recompute(document, salts).DocumentHash);
    }

    [Fact]
    public void Redact_leaves_no_trace_of_the_value_or_its_salt()
    {
        var issued = Issue();
        var secretSalt = issued.Salts["/body/items/0/secret"].ToString();

        var (document, salts) = new DocumentRedactor().Redact(issued.Document, issued.Salts, ["/body/items/0/secret"]);

        var disclosed = document.ToJsonString() + string.Join(",", salts.Select(s => s.Key + s.Value));
        Assert.DoesNotContain("s3cr3t-value", disclosed, StringComparison.Ordinal);
        Assert.DoesNotContain(secretSalt[2..], disclosed, StringComparison.Ordinal);
        Assert.Equal("s3cr3t-value", issued.Document["body"]!["items"]![0]!["secret"]!.GetValue<string>());
    }

    [Fact]
    public void Redact_of_a_parent_carries_the_hashes_of_markers_inside_it()
    {
        var issued = Issue();
        var redactor = new DocumentRedactor();
        var (first, firstSalts) = redactor.Redact(issued.Document, issued.Salts, ["/body/items/0/secret"]);

        var (second, secondSalts) = redactor.Redact(first, firstSalts, ["/body/items"]);

        var marker = second["body"]!["items"]!["$redacted"]!.AsArray().Select(h => h!.GetValue<string>());
        Assert.Equal(issued.DisclosedLeaves.Skip(3).Select(l => l.LeafHash.ToString()), marker);
        Assert.Equal(issued.DocumentHash, new DocumentHasher().Recompute(second, secondSalts).DocumentHash);
    }

    [Theory]
    [InlineData("/body/nothing", "nothing to redact at '/body/nothing'; the document has no value there")]
    [InlineData("/body/items/2", "nothing to redact at '/body/items/2'; the document has no value there")]
    [InlineData("/body/items/01", "nothing to redact at '/body/items/01'; the document has no value there")]
    [InlineData("/id/x", "nothing to redact at '/id/x'; the document has no value there")]
    [InlineData("", "cannot redact the whole document; name a member such as '/body'")]
    [InlineData("body", "JSON pointer 'body' must be empty or start with '/'")]
    public void Redact_rejects_pointers_that_name_nothing_redactable(string pointer, string message)
    {
        var issued = Issue();

        var error = Assert.Throws<DocumentHashingException>(() =>
            new DocumentRedactor().Redact(issued.Document, issued.Salts, [pointer]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Redact_rejects_a_pointer_inside_or_at_an_already_redacted_part()
    {
        var issued = Issue();
        var redactor = new DocumentRedactor();
        var (document, salts) = redactor.Redact(issued.Document, issued.Salts, ["/body/items"]);

        var inside = Assert.Throws<DocumentHashingException>(() => redactor.Redact(document, salts, ["/body/items/0/hs"]));
        var at = Assert.Throws<DocumentHashingException>(() => redactor.Redact(document, salts, ["/body/items"]));

        Assert.Equal("'/body/items/0/hs' lies inside '/body/items', which is already redacted", inside.Message);
        Assert.Equal("'/body/items' is already redacted", at.Message);
    }

    [Fact]
    public void Redact_of_null_and_empty_containers_makes_one_hash_markers()
    {
        var hasher = new DocumentHasher(new SeededSaltSource(5));
        var issued = hasher.Issue(StrictJsonParser.ParseObject("""{"a":null,"b":{},"c":[],"d":1}"""u8));

        var (document, salts) = new DocumentRedactor().Redact(issued.Document, issued.Salts, ["/a", "/b", "/c"]);

        Assert.Equal(["/d"], salts.Keys);
        Assert.All(["a", "b", "c"], name => Assert.Single(document[name]!["$redacted"]!.AsArray()));
        Assert.Equal(issued.DocumentHash, hasher.Recompute(document, salts).DocumentHash);
    }

    [Fact]
    public void Restoring_a_redacted_value_wrongly_fails_verification()
    {
        var issued = Issue();
        var (document, salts) = new DocumentRedactor().Redact(issued.Document, issued.Salts, ["/body/items/0/secret"]);
        var restored = (JsonObject)document.DeepClone();
        restored["body"]!["items"]![0]!["secret"] = "guess";
        var withSalt = new Dictionary<string, Salt>(salts) { ["/body/items/0/secret"] = new(new byte[32]) };

        var recomputed = new DocumentHasher().Recompute(restored, withSalt);

        Assert.NotEqual(issued.DocumentHash, recomputed.DocumentHash);
    }
}
