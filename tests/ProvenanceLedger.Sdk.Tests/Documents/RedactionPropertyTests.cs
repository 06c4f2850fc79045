using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class RedactionPropertyTests
{
    private const int Documents = 200;

    [Fact]
    public void Redacting_any_subset_of_values_keeps_the_document_hash()
    {
        var random = new Random(1337);
        var generator = new RandomDocuments(random);
        var hasher = new DocumentHasher(new SeededSaltSource(1337));
        var redactor = new DocumentRedactor();

        for (var n = 0; n < Documents; n++)
        {
            var issued = hasher.Issue(generator.Next());
            var chosen = ChooseDisjointPointers(issued.Document, random);

            var (document, salts) = redactor.Redact(issued.Document, issued.Salts, chosen);

            Assert.Equal(issued.DocumentHash, new DocumentHasher().Recompute(document, salts).DocumentHash);
            Assert.All(salts.Keys, pointer => Assert.DoesNotContain(chosen, c => pointer == c || pointer.StartsWith(c + "/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Changing_any_leaf_value_changes_the_document_hash()
    {
        var random = new Random(1337);
        var generator = new RandomDocuments(random);
        var hasher = new DocumentHasher(new SeededSaltSource(42));

        for (var n = 0; n < Documents; n++)
        {
            var issued = hasher.Issue(generator.Next());
            foreach (var leaf in issued.DisclosedLeaves)
            {
                var tampered = (JsonObject)issued.Document.DeepClone();
                Replace(tampered, leaf.Pointer, Different(Resolve(tampered, leaf.Pointer)));

                Assert.NotEqual(issued.DocumentHash, hasher.Recompute(tampered, issued.Salts).DocumentHash);
            }
        }
    }

    [Fact]
    public void Changing_any_salt_changes_the_document_hash()
    {
        var random = new Random(1337);
        var generator = new RandomDocuments(random);
        var hasher = new DocumentHasher(new SeededSaltSource(7));

        for (var n = 0; n < Documents; n++)
        {
            var issued = hasher.Issue(generator.Next());
            var pointer = issued.Salts.Keys.ElementAt(random.Next(issued.Salts.Count));
            var salts = new Dictionary<string, Salt>(issued.Salts);
            var bytes = salts[pointer].Bytes.ToArray();
            bytes[random.Next(Salt.Size)] ^= (byte)(1 << random.Next(8));
            salts[pointer] = new Salt(bytes);

            Assert.NotEqual(issued.DocumentHash, hasher.Recompute(issued.Document, salts).DocumentHash);
        }
    }

    [Fact]
    public void Changing_any_marker_hash_changes_the_document_hash()
    {
        var random = new Random(1337);
        var generator = new RandomDocuments(random);
        var hasher = new DocumentHasher(new SeededSaltSource(9));
        var redactor = new DocumentRedactor();

        for (var n = 0; n < Documents; n++)
        {
            var issued = hasher.Issue(generator.Next());
            var (document, salts) = redactor.Redact(issued, ["/body"]);
            var hashes = document["body"]!["$redacted"]!.AsArray();
            var which = random.Next(hashes.Count);
            var bytes = Hash32.Parse(hashes[which]!.GetValue<string>()).Bytes.ToArray();
            bytes[random.Next(Hash32.Size)] ^= 0x80;
            hashes[which] = Hex.Encode(bytes);

            Assert.NotEqual(issued.DocumentHash, hasher.Recompute(document, salts).DocumentHash);
        }
    }

    // Picks random nodes (leaves or whole subtrees) such that none lies inside another.
    private static List<string> ChooseDisjointPointers(JsonObject document, Random random)
    {
        var all = new List<string>();
        Collect(document, "", all);
        var chosen = new List<string>();
        foreach (var pointer in all.OrderBy(_ => random.Next()))
        {
            var overlaps = chosen.Any(c => pointer == c
                || pointer.StartsWith(c + "/", StringComparison.Ordinal)
                || c.StartsWith(pointer + "/", StringComparison.Ordinal));
            if (!overlaps && random.Next(3) == 0)
            {
                chosen.Add(pointer);
            }
        }

        return chosen;
    }

    private static void Collect(JsonNode? node, string pointer, List<string> pointers)
    {
        if (pointer.Length > 0)
        {
            pointers.Add(pointer);
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Collect(child, JsonPointer.Append(pointer, name), pointers);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], pointer + "/" + i, pointers);
                }

                break;
        }
    }

    private static JsonNode? Resolve(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var token in JsonPointer.Parse(pointer))
        {
            node = node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node!.AsObject()[token];
        }

        return node;
    }

    private static void Replace(JsonObject root, string pointer, JsonNode? value)
    {
        var tokens = JsonPointer.Parse(pointer);
        var parent = Resolve(root, string.Concat(tokens.SkipLast(1).Select(t => "/" + JsonPointer.EscapeToken(t))));
        if (parent is JsonArray array)
        {
            array[int.Parse(tokens[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent!.AsObject()[tokens[^1]] = value;
        }
    }

    private static JsonNode? Different(JsonNode? value) => value switch
    {
        null => false,
        JsonObject => new JsonArray(),
        JsonArray => new JsonObject(),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>() + "x",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) + 1),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.True => false,
        _ => null,
    };
}
