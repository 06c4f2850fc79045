using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;

namespace ProvenanceLedger.Sdk.Tests.Model;

/// <summary>
/// Validation reads bodies for their problems only (free text and codes checked on their UTF-8, stand-ins for the
/// values); it must find exactly the problems, in the same order, that a typed reading of the same text finds.
/// </summary>
public sealed class ProblemsOnlyReadingTests
{
    // One broken value per case, at a path in the body; each replaces what is there.
    private static readonly (string Path, JsonNode? Value)[] Breaks =
    [
        ("exporter/name", ""),
        ("exporter/name", " \t"),
        ("exporter/name", "\u00a0"),
        ("exporter/name", "\u00a0A"),
        ("exporter/name", 7),
        ("exporter/country", "cl"),
        ("exporter/country", "A\u0052"),
        ("exporter/country", "XK"),
        ("exporter/identifier", null),
        ("importer/address", new JsonObject { ["$redacted"] = "0x00" }),
        ("items/0/hsCode", "0806.10"),
        ("items/0/hsCode", "980610"),
        ("items/0/hsCode", "08061000"),
        ("items/0/originCriterion", "wo"),
        ("items/0/originCriterion", "CTC"),
        ("items/0/quantity/unit", "kg"),
        ("items/0/quantity/unit", "KGMS"),
        ("items/0/description", "Fresh \u00e9"),
        ("transport/mode", "ship"),
        ("transport/departureDate", "2026-02-30"),
        ("transport/departureDate", "2026-1-01"),
        ("transport/destinationCountry", ""),
        ("certification/date", "2099-01-01"),
        ("invoice/date", "2026-11-30"),
    ];

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Every_broken_value_is_reported_as_a_typed_reading_reports_it()
    {
        var generator = new SampleDocumentGenerator(1337);
        var issuedOn = DateOnly.FromDateTime(SampleDocumentGenerator.FirstIssue.UtcDateTime);
        var found = 0;
        foreach (var (path, value) in Breaks)
        {
            var body = generator.CertificateOfOrigin().Body;
            Set(body, path, value?.DeepClone());
            // Escaped (the default encoder escapes non-ASCII) and unescaped UTF-8 take different paths.
            foreach (var options in new[] { JsonSerializerOptions.Default, Unescaped })
            {
                using var parsed = JsonDocument.Parse(body.ToJsonString(options));
                var typed = Read(parsed.RootElement, issuedOn, problemsOnly: false);
                var checkedOnly = Read(parsed.RootElement, issuedOn, problemsOnly: true);
                Assert.Equal(typed, checkedOnly);
                found += typed.Count;
            }
        }

        // Most breaks are problems (a few, such as a longer HS code or another criterion, are still valid).
        Assert.True(found >= 2 * (Breaks.Length - 4), $"only {found} problems for {Breaks.Length} breaks");
    }

    [Fact]
    public void A_typed_reading_keeps_the_real_values()
    {
        var document = new SampleDocumentGenerator(1337).CertificateOfOrigin();
        var body = document.ReadBody<CertificateOfOrigin>();
        Assert.Equal(document.Body["exporter"]!["name"]!.GetValue<string>(), body.Exporter.Name);
        Assert.Equal(document.Body["items"]![0]!["hsCode"]!.GetValue<string>(), body.Items[0].HsCode.Digits);
        Assert.Equal(document.Body["items"]![0]!["quantity"]!["unit"]!.GetValue<string>(), body.Items[0].Quantity.Unit);
    }

    private static List<ValidationProblem> Read(JsonElement body, DateOnly issuedOn, bool problemsOnly)
    {
        var problems = new List<ValidationProblem>();
        _ = BodyReading.Read<CertificateOfOrigin>(new JsonFieldReader(body, BodyReading.Pointer, problems, problemsOnly), body, CertificateOfOrigin.Read, issuedOn);
        return problems;
    }

    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        var steps = path.Split('/');
        JsonNode node = body;
        foreach (var step in steps[..^1])
        {
            node = int.TryParse(step, out var index) ? node[index]! : node[step]!;
        }

        node.AsObject()[steps[^1]] = value;
    }
}
