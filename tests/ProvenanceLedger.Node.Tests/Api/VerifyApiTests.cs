using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Node.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class VerifyApiTests(ApiNodeFixture node) : IDisposable
{
    private readonly HttpClient _client = node.Factory.CreateClient();
    private ApiLedgerScenario S => node.Scenario;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Valid_bundle_with_its_parent_is_valid_with_every_check_and_the_graph()
    {
        var body = new JsonObject { ["bundle"] = Json(S.Children[0]), ["parents"] = new JsonArray(Json(S.Parent)) };

        var report = await PostAsync(body, HttpStatusCode.OK);

        Assert.Equal("VALID", report["verdict"]!.GetValue<string>());
        var checks = report["checks"]!.AsArray().ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!["status"]!.GetValue<string>());
        Assert.All(new[] { "integrity", "proof", "anchor", "signature", "accreditation", "revocation", "supersession", "parents" }, name => Assert.Equal("PASS", checks[name]));
        Assert.Equal(S.Children[0].Anchor.BlockNumber, report["anchor"]!["blockNumber"]!.GetValue<ulong>());
        Assert.Equal(S.Children[0].Anchor.TransactionHash.ToString(), report["anchor"]!["transactionHash"]!.GetValue<string>());
        Assert.Equal(ApiLedgerScenario.IssuerName, report["accreditation"]!["name"]!.GetValue<string>());
        var edge = report["graph"]!["edges"]!.AsArray().Single()!;
        Assert.Equal((S.Children[0].DocumentHash.ToString(), S.Parent.DocumentHash.ToString(), "derived-from"),
            (edge["from"]!.GetValue<string>(), edge["to"]!.GetValue<string>(), edge["relation"]!.GetValue<string>()));
        Assert.Equal("VALID", report["parents"]![0]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tampered_bundle_is_invalid_for_integrity()
    {
        var tampered = Json(S.Children[0]);
        tampered["document"]!["id"] = tampered["document"]!["id"]!.GetValue<string>() + "X";

        var report = await PostAsync(tampered, HttpStatusCode.OK);

        Assert.Equal("INVALID", report["verdict"]!.GetValue<string>());
        var integrity = report["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "integrity")!;
        Assert.Equal("FAIL", integrity["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(integrity["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Revoked_bundle_is_invalid_with_the_revocation_and_valid_as_of_before_it()
    {
        var report = await PostAsync(Json(S.Children[1]), HttpStatusCode.OK);
        var before = await PostAsync(Json(S.Children[1]), HttpStatusCode.OK, $"?asOf={S.Children[1].Anchor.BlockNumber}");

        Assert.Equal("INVALID", report["verdict"]!.GetValue<string>());
        Assert.Equal("FAIL", report["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "revocation")!["status"]!.GetValue<string>());
        Assert.Equal("WITHDRAWN", report["revocation"]!["reason"]!.GetValue<string>());
        Assert.Equal("DOCUMENT", report["revocation"]!["scope"]!.GetValue<string>());
        Assert.Equal("VALID", before["verdict"]!.GetValue<string>());
        Assert.Equal(S.Children[1].Anchor.BlockNumber, before["asOf"]!["blockNumber"]!.GetValue<ulong>());
    }

    [Fact]
    public async Task Multipart_upload_gives_the_same_report_as_json()
    {
        using var form = new MultipartFormDataContent();
        using var bundle = new ByteArrayContent(ProofBundleWriter.Write(S.Children[2]));
        using var parent = new ByteArrayContent(ProofBundleWriter.Write(S.Parent));
        bundle.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(bundle, "bundle", "child.provenance.json");
        form.Add(parent, "parents", "parent.provenance.json");

        using var response = await _client.PostAsync(new Uri("/api/v1/verify", UriKind.Relative), form);
        var uploaded = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var posted = await PostAsync(new JsonObject { ["bundle"] = Json(S.Children[2]), ["parents"] = new JsonArray(Json(S.Parent)) }, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("VALID", uploaded["verdict"]!.GetValue<string>());
        Assert.Equal(posted.ToJsonString(), uploaded.ToJsonString());
    }

    [Fact]
    public async Task Bad_bodies_get_precise_problems()
    {
        var otherVersion = Json(S.Children[0]);
        otherVersion["format"] = "provenance-bundle/2";
        var otherChain = Json(S.Children[0]);
        otherChain["anchor"]!["chainId"] = 1;
        var otherRegistry = Json(S.Children[0]);
        otherRegistry["anchor"]!["registry"] = S.Registry.OtherKey.Address.ToString();
        var missingMember = Json(S.Children[0]);
        missingMember.Remove("salts");

        var malformed = await PostRawAsync("{\"format\": ", "application/json", HttpStatusCode.BadRequest);
        var version = await PostRawAsync(otherVersion.ToJsonString(), "application/json", HttpStatusCode.UnprocessableEntity);
        var chain = await PostRawAsync(otherChain.ToJsonString(), "application/json", HttpStatusCode.UnprocessableEntity);
        var registry = await PostRawAsync(otherRegistry.ToJsonString(), "application/json", HttpStatusCode.UnprocessableEntity);
        var missing = await PostRawAsync(missingMember.ToJsonString(), "application/json", HttpStatusCode.UnprocessableEntity);
        var text = await PostRawAsync("hello", "text/plain", HttpStatusCode.UnsupportedMediaType);
        var oversized = await PostRawAsync("{\"pad\":\"" + new string('a', 70_000) + "\"}", "application/json", HttpStatusCode.RequestEntityTooLarge);
        var badAsOf = await PostRawAsync(Json(S.Children[0]).ToJsonString(), "application/json", HttpStatusCode.BadRequest, "?asOf=soon");

        Assert.Equal("Malformed JSON", malformed["title"]!.GetValue<string>());
        Assert.Equal("Unsupported bundle version", version["title"]!.GetValue<string>());
        Assert.Equal("Bundle of another chain", chain["title"]!.GetValue<string>());
        Assert.Equal("Bundle of another registry", registry["title"]!.GetValue<string>());
        Assert.Equal("Not a readable proof bundle", missing["title"]!.GetValue<string>());
        Assert.Contains("salts", missing["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Unsupported Media Type", text["title"]!.GetValue<string>());
        Assert.Equal("Request body too large", oversized["title"]!.GetValue<string>());
        Assert.Equal("Malformed asOf", badAsOf["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Multipart_without_a_bundle_file_is_a_problem()
    {
        using var form = new MultipartFormDataContent();
        using var other = new StringContent("{}");
        form.Add(other, "document", "x.json");

        using var response = await _client.PostAsync(new Uri("/api/v1/verify", UriKind.Relative), form);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("No bundle uploaded", problem["title"]!.GetValue<string>());
    }

    private static JsonObject Json(ProofBundle bundle) => JsonNode.Parse(ProofBundleWriter.Write(bundle))!.AsObject();

    private async Task<JsonNode> PostAsync(JsonNode body, HttpStatusCode expected, string query = "")
    {
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(new Uri("/api/v1/verify" + query, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<JsonNode> PostRawAsync(string body, string mediaType, HttpStatusCode expected, string query = "")
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        using var response = await _client.PostAsync(new Uri("/api/v1/verify" + query, UriKind.Relative), content);
        return await response.ProblemAsync(expected);
    }
}
