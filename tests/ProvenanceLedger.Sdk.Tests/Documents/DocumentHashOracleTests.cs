using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class DocumentHashOracleTests
{
    [Fact]
    public async Task Document_and_leaf_hashes_agree_with_an_independent_ethers_implementation()
    {
        var random = new Random(1337);
        var generator = new RandomDocuments(random);
        var hasher = new DocumentHasher(new SeededSaltSource(1337));
        var redactor = new DocumentRedactor();
        var disclosed = new List<HashedDocument>();
        for (var i = 0; i < 150; i++)
        {
            var issued = hasher.Issue(generator.Next());
            // Every other document goes out with its body's first member redacted, so markers are compared too.
            var first = issued.Document["body"]!.AsObject().Select(m => m.Key).FirstOrDefault();
            var (document, salts) = i % 2 == 1 && first is not null
                ? redactor.Redact(issued.Document, issued.Salts, [JsonPointer.Append("/body", first)])
                : new DisclosedDocument(issued.Document, issued.Salts);
            disclosed.Add(hasher.Recompute(document, salts));
        }

        var cases = new JsonArray(disclosed.Select(d => (JsonNode)new JsonObject
        {
            ["document"] = d.Document.DeepClone(),
            ["salts"] = new JsonObject(d.Salts.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value.ToString()))),
        }).ToArray());

        var results = await EthersOracle.RunAsync("document-hash", cases);

        for (var i = 0; i < disclosed.Count; i++)
        {
            Assert.Null(results[i]!["error"]);
            Assert.Equal(disclosed[i].DocumentHash.ToString(), results[i]!["documentHash"]!.GetValue<string>());
            var oracleLeaves = results[i]!["leaves"]!.AsObject()
                .Select(l => (l.Key, l.Value!.GetValue<string>()))
                .OrderBy(l => l.Key, StringComparer.Ordinal);
            var ourLeaves = disclosed[i].DisclosedLeaves
                .Select(l => (l.Pointer, l.LeafHash.ToString()))
                .OrderBy(l => l.Pointer, StringComparer.Ordinal);
            Assert.Equal(ourLeaves, oracleLeaves);
        }
    }
}
