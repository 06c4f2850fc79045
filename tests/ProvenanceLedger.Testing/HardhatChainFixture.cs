using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ProvenanceLedger.Testing;

/// <summary>
/// A Hardhat chain for a test collection. When a container engine answers (DOCKER_HOST or
/// /var/run/docker.sock) the node runs in a Testcontainers container of the local chain image; otherwise it
/// runs as a `hardhat node` child process on a free 127.0.0.1 port. Either way the test output says which.
/// </summary>
/// <param name="diagnostics">xunit's diagnostic sink, injected for collection fixtures; the path taken is reported there.</param>
public sealed class HardhatChainFixture(IMessageSink? diagnostics = null) : IAsyncDisposable, Xunit.IAsyncLifetime
{
    /// <summary>Hardhat's chain id.</summary>
    public const long HardhatChainId = 31337;

    // Hardhat's well-known development accounts (mnemonic "test test ... junk"); funded with 10,000 ETH each.
    private static readonly string[] DevelopmentKeys =
    [
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
        "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
        "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
        "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
        "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
        "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
    ];

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private IChainHost? _host;

    /// <summary>The chain's JSON-RPC endpoint on loopback.</summary>
    public Uri RpcUrl => (_host ?? throw new InvalidOperationException("the chain fixture has not started")).RpcUrl;

    /// <summary>Private keys (0x hex) of funded accounts.</summary>
    public IReadOnlyList<string> PrivateKeys => DevelopmentKeys;

    /// <summary>Hardhat's public development key of account <paramref name="account"/>, for tests that start no chain of their own.</summary>
    public static string DevelopmentKey(int account) => DevelopmentKeys[account];

    /// <summary>How the chain was started, for the test output: "testcontainers" or "child-process".</summary>
    public string StartedBy => _host?.StartedBy ?? "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var (endpoint, reason) = await DockerEngine.FindAsync(startup.Token);
        if (endpoint is null)
        {
            _host = ProcessChainHost.Start();
            Report($"Hardhat chain: no container engine ({reason}); started `hardhat node` as a child process at {RpcUrl}.");
        }
        else
        {
            var container = await ContainerChainHost.StartAsync(endpoint, startup.Token);
            _host = container;
            var orphans = container.RemovedOrphans.Count == 0 ? "" : $" after removing {container.RemovedOrphans.Count} orphaned chain container(s)";
            Report($"Hardhat chain: Testcontainers container of {container.Image} on {endpoint}{orphans}, RPC at {RpcUrl}.");
        }

        await WaitUntilAnswersAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Sends one JSON-RPC request and returns its result (throws on an error answer).</summary>
    public async Task<JsonNode?> RpcAsync(string method, params object[] parameters)
    {
        using var response = await _http.PostAsJsonAsync(RpcUrl, new { jsonrpc = "2.0", id = 1, method, @params = parameters });
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return body["result"];
    }

    private async Task WaitUntilAnswersAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                await RpcAsync("eth_chainId");
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && DateTime.UtcNow < deadline)
            {
                _host!.ThrowIfExited();

                await Task.Delay(250);
            }
        }
    }

    private void Report(string line)
    {
        diagnostics?.OnMessage(new DiagnosticMessage(line));
        Console.WriteLine(line);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _http.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
