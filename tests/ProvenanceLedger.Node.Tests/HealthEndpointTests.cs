using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ProvenanceLedger.Node.Tests;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ledger-health-").FullName;
    private readonly WebApplicationFactory<Program> _factory;

    public HealthEndpointTests() =>
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Ledger:DataDirectory", _data)
            // Nothing listens on the discard port: the node runs without a chain.
            .UseSetting("Ledger:RpcUrl", "http://127.0.0.1:9/"));

    [Fact]
    public async Task Live_answers_200_without_a_chain()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]);
    }

    [Fact]
    public async Task Ready_answers_503_with_the_reason_while_the_index_holds_nothing()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var check = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]![0]!;
        Assert.Equal("ledger-index", (string?)check["name"]);
        Assert.Equal("Unhealthy", (string?)check["status"]);
        Assert.Equal("none", (string?)check["data"]!["indexedBlock"]);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_data, recursive: true);
    }
}
