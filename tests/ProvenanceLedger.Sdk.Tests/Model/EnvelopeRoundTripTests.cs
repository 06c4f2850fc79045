using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Model;

public sealed class EnvelopeRoundTripTests
{
    public static TheoryData<int> VectorDocuments => [.. Enumerable.Range(0, LoadVectorDocuments().Count)];

    [Theory]
    [MemberData(nameof(VectorDocuments))]
    public void Reading_then_writing_a_vector_document_gives_back_the_same_json_text(int index)
    {
        var original = LoadVectorDocuments()[index];

        var written = TradeDocument.FromJson(original).ToJson();

        Assert.Equal(original.ToJsonString(), written.ToJsonString());
    }

    [Fact]
    public void Envelope_members_are_written_in_the_order_of_the_format()
    {
        var document = TradeDocument.Create(
            new UnknownBody(),
            "X-1",
            new DocumentIssuer(Address.Parse("0x6460b03b20ac0787d37c900d872d050d407cb08f"), "Chamber"),
            new DateTimeOffset(2026, 11, 22, 11, 0, 0, TimeSpan.FromHours(1)),
            [new ParentLink(Hash32.Parse("0x" + new string('a', 64)), ParentRelation.Supersedes)]);

        Assert.Equal(
            """{"type":"packing-list","id":"X-1","issuer":{"address":"0x6460B03b20ac0787d37c900d872D050d407cB08F","name":"Chamber"},"issuedAt":"2026-11-22T10:00:00Z","parents":[{"hash":"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","relation":"supersedes"}],"body":{"packages":3}}""",
            document.ToJsonString());
    }

    [Fact]
    public void A_fractional_issue_time_is_written_with_the_shortest_fraction()
    {
        var json = Minimal();
        json["issuedAt"] = "2026-11-22T10:00:00.25Z";

        var document = TradeDocument.FromJson(json);

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, 250, TimeSpan.Zero), document.IssuedAt);
        Assert.Equal("2026-11-22T10:00:00.25Z", document.ToJson()["issuedAt"]!.GetValue<string>());
    }

    [Fact]
    public void Changing_the_json_read_from_or_handed_out_does_not_change_the_document()
    {
        var json = Minimal();
        json["body"] = new JsonObject { ["a"] = 1 };
        var document = TradeDocument.FromJson(json);

        json["body"]!["a"] = 2;
        document.Body["a"] = 3;
        document.ToJson()["body"]!["a"] = 4;

        Assert.Equal("""{"a":1}""", document.Body.ToJsonString());
    }

    [Fact]
    public async Task LoadAsync_reads_a_document_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"docmodel-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Minimal().ToJsonString());
        try
        {
            var document = await TradeDocument.LoadAsync(path);

            Assert.Equal("CO-1", document.Id);
            Assert.Equal(DocumentType.CertificateOfOrigin, document.Type);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Document_type_id_is_keccak_of_the_name()
    {
        Assert.Equal(Keccak256.Hash("certificate-of-origin"u8), DocumentType.CertificateOfOrigin.Id);
    }

    internal static JsonObject Minimal() => new()
    {
        ["type"] = "certificate-of-origin",
        ["id"] = "CO-1",
        ["issuer"] = new JsonObject { ["address"] = "0x6460b03b20ac0787d37c900d872d050d407cb08f", ["name"] = "Chamber" },
        ["issuedAt"] = "2026-11-22T10:00:00Z",
        ["parents"] = new JsonArray(),
        ["body"] = new JsonObject(),
    };

    private static List<JsonObject> LoadVectorDocuments()
    {
        var vectors = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("tests", "vectors", "format1-vectors.json")))!;
        return [.. vectors["documents"]!.AsArray().Select(d => d!["input"]!["document"]!.AsObject())];
    }

    private sealed class UnknownBody : ITradeDocumentBody
    {
        public DocumentType Type => DocumentType.Parse("packing-list");

        public JsonObject ToJson() => new() { ["packages"] = 3 };
    }
}
