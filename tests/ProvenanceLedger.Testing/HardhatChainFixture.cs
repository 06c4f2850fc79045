using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Testing;

/// <summary>
/// A Hardhat chain for a test collection. Today it runs `hardhat node` as a child process on a free
/// 127.0.0.1 port; the Testcontainers path replaces this start-up when a container engine is reachable.
/// </summary>
public sealed class HardhatChainFixture : IAsyncDisposable, Xunit.IAsyncLifetime
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
    private Process? _process;

    /// <summary>The chain's JSON-RPC endpoint on loopback.</summary>
    public Uri RpcUrl { get; private set; } = null!;

    /// <summary>Private keys (0x hex) of funded accounts.</summary>
    public IReadOnlyList<string> PrivateKeys => DevelopmentKeys;

    /// <summary>How the chain was started, for the test output: "testcontainers" or "child-process".</summary>
    public string StartedBy { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var port = FreeLoopbackPort();
        var hardhat = RepositoryRoot.Combine("node_modules", "hardhat", "internal", "cli", "cli.js");
        if (!File.Exists(hardhat))
        {
            throw new InvalidOperationException($"{hardhat} is missing: run `npm ci` in {RepositoryRoot.Path} first.");
        }

        var start = new ProcessStartInfo("node", [hardhat, "node", "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for hardhat");
        // Drain output so the child never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        RpcUrl = new Uri($"http://127.0.0.1:{port}/");
        StartedBy = "child-process";
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
                if (_process is { HasExited: true })
                {
                    throw new InvalidOperationException($"hardhat node exited with code {_process.ExitCode} before answering");
                }

                await Task.Delay(250);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _http.Dispose();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
