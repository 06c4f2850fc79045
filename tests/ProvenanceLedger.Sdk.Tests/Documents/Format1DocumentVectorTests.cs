using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class Format1DocumentVectorTests
{
    public static TheoryData<int> Documents => Format1Vectors.Indices("documents");

    public static TheoryData<int> Redactions => Format1Vectors.Indices("redactions");

    [Theory]
    [MemberData(nameof(Documents))]
    public void Recompute_reproduces_every_leaf_hash_and_the_document_hash(int index)
    {
        var vector = Format1Vectors.Section("documents")[index]!;
        var document = vector["input"]!["document"]!.AsObject();
        var expected = vector["expected"]!;

        var hashed = new DocumentHasher().Recompute(document, Format1Vectors.Salts(vector["input"]!["salts"]));

        var expectedLeaves = expected["leaves"]!.AsArray();
        Assert.Equal(expectedLeaves.Count, hashed.DisclosedLeaves.Count);
        for (var i = 0; i < expectedLeaves.Count; i++)
        {
            Assert.Equal(expectedLeaves[i]!["pointer"]!.GetValue<string>(), hashed.DisclosedLeaves[i].Pointer);
            Assert.Equal(expectedLeaves[i]!["leafHash"]!.GetValue<string>(), hashed.DisclosedLeaves[i].LeafHash.ToString());
        }

        Assert.Equal(expected["documentHash"]!.GetValue<string>(), hashed.DocumentHash.ToString());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Leaf_hash_formula_matches_each_vector_leaf_value(int index)
    {
        var hasher = new LeafHasher();
        foreach (var leaf in Format1Vectors.Section("documents")[index]!["expected"]!["leaves"]!.AsArray())
        {
            var hash = hasher.Hash(
                Salt.Parse(leaf!["salt"]!.GetValue<string>()), leaf["pointer"]!.GetValue<string>(), leaf["value"]);

            Assert.Equal(leaf["leafHash"]!.GetValue<string>(), hash.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Redactions))]
    public void Redact_reproduces_the_redacted_document_and_salts_exactly(int index)
    {
        var vector = Format1Vectors.Section("redactions")[index]!;
        var input = vector["input"]!;
        var expected = vector["expected"]!;
        var pointer = input["redact"]!.GetValue<string>();

        var (document, salts) = new DocumentRedactor().Redact(
            input["document"]!.AsObject(), Format1Vectors.Salts(input["salts"]), [pointer]);

        // Same members in the same order, same marker hashes in document order.
        Assert.Equal(expected["document"]!.ToJsonString(), document.ToJsonString());
        Assert.Equal(
            Format1Vectors.Salts(expected["salts"]).Select(s => (s.Key, s.Value.ToString())),
            salts.Select(s => (s.Key, s.Value.ToString())));
    }

    [Theory]
    [MemberData(nameof(Redactions))]
    public void Redacted_vector_verifies_to_the_unchanged_document_hash(int index)
    {
        var vector = Format1Vectors.Section("redactions")[index]!;
        var hasher = new DocumentHasher();
        var original = hasher.Recompute(vector["input"]!["document"]!.AsObject(), Format1Vectors.Salts(vector["input"]!["salts"]));

        var disclosed = hasher.Recompute(
            vector["expected"]!["document"]!.AsObject(), Format1Vectors.Salts(vector["expected"]!["salts"]));

        Assert.Equal(vector["expected"]!["documentHash"]!.GetValue<string>(), disclosed.DocumentHash.ToString());
        Assert.Equal(original.DocumentHash, disclosed.DocumentHash);
    }

    [Fact]
    public void Vector_documents_round_trip_through_the_canonicalizer_unchanged()
    {
        foreach (var vector in Format1Vectors.Section("documents"))
        {
            var document = vector!["input"]!["document"]!;
            var canonical = JsonCanonicalizer.Canonicalize(document);

            Assert.True(JsonNode.DeepEquals(document, StrictJsonParser.Parse(canonical)));
            Assert.Equal(canonical, JsonCanonicalizer.Canonicalize(StrictJsonParser.Parse(canonical)));
        }
    }
}
