using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;

namespace ProvenanceLedger.Sdk.Tests.Model;

/// <summary>
/// The validator reads a whole document with one reader, for its problems only (envelope then body, codes checked on
/// their UTF-8). For every document type and for envelope breaks, it must report exactly what a typed reading of the
/// same text reports: the envelope read on its own, then the body read as its type.
/// </summary>
public sealed class ValidationReadingTests
{
    // Envelope breaks, at a path from the top; each replaces what is there. True when it is a problem.
    private static readonly (string Path, JsonNode? Value, bool IsProblem)[] EnvelopeBreaks =
    [
        ("id", "", true),
        ("id", " ", true),
        ("type", "certificateOfOrigin", true),
        ("issuedAt", "2026-11-22T10:00:00.10Z", true),
        ("issuedAt", "2026-11-22T10:00:00+00:00", true),
        ("issuedAt", "2026-11-22T10:00:00.5Z", false),
        ("issuer/address", "0x6800f4c7435e02aac27c4fd927fc22276a8954b2", false),
        ("issuer/address", "0x6800F4C7435e02aac27c4FD927Fc22276A8954B2", true),
        ("issuer/name", " ", true),
        ("parents", Parent("0x" + new string('A', 64), "derived-from"), true),
        ("parents", Parent("0x" + new string('a', 63), "derived-from"), true),
        ("parents", Parent("0x" + new string('g', 64), "derived-from"), true),
        ("parents", Parent("0x" + new string('b', 64), "copied-from"), true),
        ("parents", Parent("0x" + new string('b', 64), "supersedes"), false),
    ];

    // Breaks of the first party of each body (exporter, declarant, seller, consignor).
    private static readonly (string Member, JsonNode? Value, bool IsProblem)[] PartyBreaks =
    [
        ("name", "", true),
        ("name", "Caf\u00e9 \u00a0", false),
        ("name", 7, true),
        ("country", "cl", true),
        ("country", "C\u004c", false),
        ("country", "C1", true),
    ];

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string, string> Types => new()
    {
        { "CertificateOfOrigin", "body/exporter" },
        { "OriginDeclaration", "body/declarant" },
        { "CommercialInvoice", "body/seller" },
        { "PhytosanitaryCertificate", "body/consignor" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void The_validator_reports_what_a_typed_reading_reports(string type, string party)
    {
        var cases = EnvelopeBreaks.Concat(PartyBreaks.Select(b => ($"{party}/{b.Member}", b.Value, b.IsProblem)))
            .Prepend(("", null, false)); // the sample as it is
        foreach (var (path, value, isProblem) in cases)
        {
            var document = Sample(type).ToJson();
            if (path.Length > 0)
            {
                Set(document, path, value?.DeepClone());
            }

            // Escaped (the default encoder escapes non-ASCII) and unescaped UTF-8 take different paths.
            foreach (var options in new[] { JsonSerializerOptions.Default, Unescaped })
            {
                var text = document.ToJsonString(options);
                using var parsed = JsonDocument.Parse(text);
                var typed = TypedProblems(parsed.RootElement);
                Assert.Equal(typed, DocumentValidator.Validate(JsonNode.Parse(text)!.AsObject()).Problems);
                Assert.True(isProblem == (typed.Count > 0), $"{type} {path} = {value?.ToJsonString()}: {string.Join("; ", typed)}");
            }
        }
    }

    private static JsonArray Parent(string hash, string relation) => [new JsonObject { ["hash"] = hash, ["relation"] = relation }];

    private static TradeDocument Sample(string type)
    {
        var generator = new SampleDocumentGenerator(1337);
        return type switch
        {
            "CertificateOfOrigin" => generator.CertificateOfOrigin(),
            "OriginDeclaration" => generator.OriginDeclaration(),
            "CommercialInvoice" => generator.CommercialInvoice(),
            _ => generator.PhytosanitaryCertificate(),
        };
    }

    // The envelope on its own reader, then the body as its type, both typed (values kept).
    private static List<ValidationProblem> TypedProblems(JsonElement document)
    {
        var problems = new List<ValidationProblem>();
        var envelope = EnvelopeReader.TryReadEnvelope(document, problems);
        if (envelope is not null && string.IsNullOrWhiteSpace(envelope.Issuer.Name))
        {
            problems.Add(new ValidationProblem("/issuer/name", "must name the issuer as it appears on the printed document"));
        }

        var body = document.GetProperty("body");
        DateOnly? issuedOn = envelope is null ? null : DateOnly.FromDateTime(envelope.IssuedAt.UtcDateTime);
        // A document whose envelope has problems is still read as the type it names, when that is readable.
        var type = envelope?.Type
            ?? (DocumentType.TryParse(document.GetProperty("type").GetString()!, out var named) ? named : default);
        if (type == DocumentType.CertificateOfOrigin)
        {
            BodyReading.Read<CertificateOfOrigin>(body, CertificateOfOrigin.Read, issuedOn, problems);
        }
        else if (type == DocumentType.OriginDeclaration)
        {
            BodyReading.Read<OriginDeclaration>(body, OriginDeclaration.Read, issuedOn, problems);
        }
        else if (type == DocumentType.CommercialInvoice)
        {
            BodyReading.Read<CommercialInvoice>(body, CommercialInvoice.Read, issuedOn, problems);
        }
        else if (type == DocumentType.PhytosanitaryCertificate)
        {
            BodyReading.Read<PhytosanitaryCertificate>(body, PhytosanitaryCertificate.Read, issuedOn, problems);
        }
        else
        {
            ReservedNames.Report(body, BodyReading.Pointer, problems);
        }

        return problems;
    }

    private static void Set(JsonObject document, string path, JsonNode? value)
    {
        var steps = path.Split('/');
        JsonNode node = document;
        foreach (var step in steps[..^1])
        {
            node = node[step]!;
        }

        node.AsObject()[steps[^1]] = value;
    }
}
