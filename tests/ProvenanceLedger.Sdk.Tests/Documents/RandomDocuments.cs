using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Tests.Documents;

/// <summary>Seeded random JSON documents with nested objects, arrays, all scalar kinds and awkward names.</summary>
internal sealed class RandomDocuments(Random random)
{
    private static readonly string[] Names = ["a", "b", "a/b", "t~n", "é", "", "items", "x y", "\u2028", "😀"];
    private static readonly string[] Strings = ["", "plain", "tab\t", "quote\"", "üñï", "😀", "<script>", "\u0001"];

    public JsonObject Next()
    {
        var document = new JsonObject { ["type"] = "custom-" + random.Next(100), ["id"] = "DOC-" + random.Next() };
        document["body"] = Object(depth: 0);
        return document;
    }

    private JsonObject Object(int depth)
    {
        var obj = new JsonObject();
        var count = random.Next(depth > 2 ? 0 : 1, 5);
        for (var i = 0; i < count; i++)
        {
            obj[Names[random.Next(Names.Length)] + i] = Value(depth + 1);
        }

        return obj;
    }

    private JsonArray Array(int depth)
    {
        var array = new JsonArray();
        var count = random.Next(0, depth > 2 ? 2 : 4);
        for (var i = 0; i < count; i++)
        {
            array.Add(Value(depth + 1));
        }

        return array;
    }

    private JsonNode? Value(int depth) => random.Next(depth > 3 ? 6 : 8) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(-1000, 1000),
        3 => Math.Round(random.NextDouble() * 1e6, random.Next(0, 6)),
        4 => Strings[random.Next(Strings.Length)],
        5 => "v" + random.Next(1_000_000),
        6 => Object(depth),
        _ => Array(depth),
    };
}
