using System.Net;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Node.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiSurfaceTests(ApiNodeFixture node) : IDisposable
{
    private readonly HttpClient _client = node.Factory.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task OpenApi_document_lists_every_endpoint_with_a_name_and_summary()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();
        Assert.Equal(
            [
                "get /api/v1/admin/relayer", "get /api/v1/anchors/terms/{issuer}", "get /api/v1/anchors/{root}", "get /api/v1/audit/digest", "get /api/v1/audit/events",
                "get /api/v1/batches", "get /api/v1/batches/{root}", "get /api/v1/decisions", "get /api/v1/documents/{hash}",
                "get /api/v1/documents/{hash}/history", "get /api/v1/issuers", "get /api/v1/issuers/{address}", "get /api/v1/status",
                "get /verify", "post /api/v1/admin/replay", "post /api/v1/anchors", "post /api/v1/verify",
            ],
            operations.Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal));
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["operationId"]?.GetValue<string>()), $"{o.Method} {o.Path} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(o.Operation["summary"]?.GetValue<string>()), $"{o.Method} {o.Path} has no summary");
        });
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        var problem = await _client.GetProblemAsync("/api/v1/nothing-here", HttpStatusCode.NotFound);

        Assert.Equal("Not Found", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Admin_calls_need_the_admin_key()
    {
        using var none = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/relayer");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/relayer");
        wrong.Headers.Add("X-Admin-Key", "not-the-key");
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/relayer");
        right.Headers.Add("X-Admin-Key", ApiNodeFixture.AdminKey);

        using var noneResponse = await _client.SendAsync(none);
        using var wrongResponse = await _client.SendAsync(wrong);
        using var rightResponse = await _client.SendAsync(right);

        Assert.Equal("Admin key required", (await noneResponse.ProblemAsync(HttpStatusCode.Unauthorized))["title"]!.GetValue<string>());
        Assert.Equal("Wrong admin key", (await wrongResponse.ProblemAsync(HttpStatusCode.Forbidden))["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
        var relayer = JsonNode.Parse(await rightResponse.Content.ReadAsStringAsync())!;
        Assert.Equal(node.Scenario.Registry.RelayerKey.Address.ToString(), relayer["account"]!.GetValue<string>());
        Assert.True(System.Numerics.BigInteger.Parse(relayer["balanceWei"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Admin_replay_rebuilds_the_index_to_the_same_digest()
    {
        var before = await _client.GetJsonAsync("/api/v1/audit/digest");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/replay");
        request.Headers.Add("X-Admin-Key", ApiNodeFixture.AdminKey);
        using var unauthorised = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/replay");

        using var response = await _client.SendAsync(request);
        using var refused = await _client.SendAsync(unauthorised);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replay = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var after = await _client.GetJsonAsync($"/api/v1/audit/digest?block={replay["indexedBlock"]!.GetValue<ulong>()}");
        Assert.Equal(after["digest"]!.GetValue<string>(), replay["digest"]!.GetValue<string>());
        Assert.True(replay["logCount"]!.GetValue<long>() >= before["logCount"]!.GetValue<long>());
        await refused.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Clients_over_their_rate_get_429_problems_with_retry_after()
    {
        using var factory = node.CreateFactory(new Dictionary<string, string?>
        {
            ["Api:RequestsPerSecondPerClient"] = "1",
            ["Api:BurstPerClient"] = "2",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(limited);
        using (limited)
        {
            var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.Equal("Too many requests", problem["title"]!.GetValue<string>());
            Assert.NotNull(limited.Headers.RetryAfter);
        }
    }

    [Fact]
    public async Task Health_ready_reports_the_indexed_chain()
    {
        using var ready = await _client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await _client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Page_and_qr_link_are_served_as_html_without_external_resources()
    {
        var page = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var link = await _client.GetAsync(new Uri("/verify?h=0x01&r=0x02&p=", UriKind.Relative));

        Assert.Contains("<main", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        Assert.Equal("text/html", link.Content.Headers.ContentType?.MediaType);
        Assert.Equal(page, await link.Content.ReadAsStringAsync());
    }
}
