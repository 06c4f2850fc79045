using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using ProvenanceLedger.Sdk.Ethereum.Keystore;
using ProvenanceLedger.Testing;
using Xunit.Abstractions;

namespace ProvenanceLedger.Node.Tests.Api;

/// <summary>
/// A Hardhat chain with <see cref="ApiLedgerScenario"/> on it, and the ledger node (in-process, WebApplicationFactory)
/// indexing it with no confirmations, a relayer keystore for key 2 and admin key <see cref="AdminKey"/>.
/// Ready once the node has indexed the scenario's last block.
/// </summary>
public sealed class ApiNodeFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    public const string AdminKey = "api-tests-admin-key";

    private readonly HardhatChainFixture _chain = new(diagnostics);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "provenance-api-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? _factory;

    public HardhatChainFixture Chain => _chain;

    public ApiLedgerScenario Scenario { get; private set; } = null!;

    /// <summary>The relayer's keystore (key 2) and its password file.</summary>
    public string KeystorePath => Path.Combine(_directory, "relayer.json");

    public string PasswordFile => Path.Combine(_directory, "relayer.password");

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("the fixture has not started");

    public async Task InitializeAsync()
    {
        await _chain.InitializeAsync();
        Scenario = await ApiLedgerScenario.RunAsync(_chain);
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(PasswordFile, "relayer-pass\n");
        await Web3Keystore.WriteFileAsync(KeystorePath, Scenario.Registry.RelayerKey, "relayer-pass", new KeystoreOptions { ScryptN = 1 << 10 });
        _factory = CreateFactory(new Dictionary<string, string?>
        {
            ["Relay:KeystorePath"] = KeystorePath,
            ["Relay:PasswordFile"] = PasswordFile,
            ["Relay:BatchesPerIssuer"] = "3",
        });
        await WaitForBlockAsync(Scenario.LastBlock);
    }

    /// <summary>Another node on the same chain and registry with its own data directory and <paramref name="settings"/> on top.</summary>
    public WebApplicationFactory<Program> CreateFactory(IReadOnlyDictionary<string, string?> settings)
    {
        var data = Path.Combine(_directory, "data-" + Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>
        {
            ["Ledger:RpcUrl"] = _chain.RpcUrl.ToString(),
            ["Ledger:Registries:0:Address"] = Scenario.Registry.Governance.Address.ToString(),
            ["Ledger:Registries:0:DeploymentBlock"] = "0",
            ["Ledger:Confirmations"] = "0",
            ["Ledger:PollInterval"] = "00:00:00.050",
            ["Ledger:DataDirectory"] = data,
            ["Ledger:AdminKey"] = AdminKey,
            ["Api:RequestsPerSecondPerClient"] = "0",
            ["Api:MaxRequestBodyBytes"] = "65536",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }
        });
    }

    /// <summary>Waits until the node has indexed <paramref name="block"/> (two minutes at most: the shared machine can be slow).</summary>
    public async Task WaitForBlockAsync(ulong block, WebApplicationFactory<Program>? factory = null)
    {
        using var client = (factory ?? Factory).CreateClient();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/status", UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"GET /api/v1/status answered {(int)response.StatusCode}: {text}");
            }

            var status = JsonNode.Parse(text);
            var indexed = status?["indexedBlock"]?.GetValue<ulong?>();
            if (indexed >= block)
            {
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"the node did not index block {block} within two minutes: {status}"));
            }

            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Scenario?.Dispose();
        await _chain.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

/// <summary>API tests share one chain, scenario and node.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiNodeFixture>
{
    public const string Name = "api-node";
}
