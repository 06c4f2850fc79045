using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests;

/// <summary>Reads the committed conformance vectors (tests/vectors/format1-vectors.json), fresh per call.</summary>
internal static class Format1Vectors
{
    public static JsonObject Load() =>
        StrictJsonParser.ParseObject(File.ReadAllBytes(RepositoryRoot.Combine("tests", "vectors", "format1-vectors.json")));

    public static JsonArray Section(string name) => Load()[name]!.AsArray();

    public static TheoryData<int> Indices(string section)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Section(section).Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    public static OrderedDictionary<string, Salt> Salts(JsonNode? saltsObject)
    {
        var salts = new OrderedDictionary<string, Salt>(StringComparer.Ordinal);
        foreach (var (pointer, hex) in saltsObject!.AsObject())
        {
            salts.Add(pointer, Salt.Parse(hex!.GetValue<string>()));
        }

        return salts;
    }
}
