using System.Globalization;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

public class VerificationPropertyTests
{
    private readonly OfflineIssuance _issue = new();

    [Fact]
    public async Task Redacting_any_subset_of_fields_of_random_documents_stays_VALID()
    {
        var random = new Random(1337);
        var redactor = new DocumentRedactor();
        var verifier = _issue.Verifier();

        foreach (var bundle in RandomBundles(40))
        {
            var chosen = bundle.Salts.Keys.Where(_ => random.NextDouble() < 0.3).ToList();
            var (document, salts) = redactor.Redact(bundle.Document, bundle.Salts, chosen);

            var report = await verifier.VerifyAsync(bundle with { Document = document, Salts = salts });

            Assert.Equal(Verdict.Valid, report.Verdict);
            Assert.Equal(chosen.Count, report.Document.Fields.Count(f => f.Redacted));
        }
    }

    [Fact]
    public void Changing_any_leaf_of_random_documents_fails_integrity()
    {
        var verifier = new OfflineBundleVerifier();

        foreach (var bundle in RandomBundles(6))
        {
            Assert.True(verifier.Verify(bundle).Passed);
            foreach (var pointer in bundle.Salts.Keys)
            {
                var tampered = (JsonObject)bundle.Document.DeepClone();
                Replace(tampered, pointer);

                var result = verifier.Verify(bundle with { Document = tampered });

                Assert.Equal(CheckStatus.Fail, result.Integrity.Status);
                Assert.False(result.Passed);
            }
        }
    }

    private IEnumerable<ProofBundle> RandomBundles(int count)
    {
        var documents = new SampleDocumentGenerator(1337).Mixed(count)
            .Select(d => Issuing.SampleBatches.ReIssue(d, _issue.IssuerKey.Address))
            .ToList();
        return documents.GroupBy(d => d.Type).SelectMany(group => _issue.Issue([.. group]));
    }

    // Replaces the leaf at the pointer by a value of the same kind that differs from it.
    private static void Replace(JsonObject root, string pointer)
    {
        var tokens = JsonPointer.Parse(pointer);
        JsonNode parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)]! : parent[token]!;
        }

        var last = tokens[^1];
        var current = parent is JsonArray list ? list[int.Parse(last, CultureInfo.InvariantCulture)] : parent[last];
        JsonNode? different = current switch
        {
            JsonValue v when v.TryGetValue<string>(out var text) => text + "x",
            JsonValue v when v.TryGetValue<bool>(out var flag) => !flag,
            JsonValue v => JsonValue.Create(decimal.Parse(v.ToJsonString(), CultureInfo.InvariantCulture) + 1),
            null => "was null",
            _ => new JsonObject { ["added"] = 1 },
        };
        if (parent is JsonArray items)
        {
            items[int.Parse(last, CultureInfo.InvariantCulture)] = different;
        }
        else
        {
            parent[last] = different;
        }
    }
}
