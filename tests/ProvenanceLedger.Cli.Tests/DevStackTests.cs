using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>`dev up` starts a real Hardhat chain and ledger node as child processes; `dev down` stops them.</summary>
public sealed class DevStackTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();
    private readonly string[] _devOptions;

    public DevStackTests()
    {
        _devOptions =
        [
            "--repo", RepositoryRoot.Path, "--dir", Path.Combine(_cli.Root, "dev"),
            "--chain-port", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--node-port", FreePort.Next().ToString(CultureInfo.InvariantCulture),
        ];
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Stops whatever a failed assertion left running, by the recorded PIDs.
        await _cli.RunAsync(["dev", "down", .. _devOptions]);
        _cli.Dispose();
    }

    [Fact]
    public async Task Dev_up_brings_up_a_verifiable_sample_is_idempotent_relays_anchors_and_dev_down_stops_it_by_pid()
    {
        var up = await _cli.RunAsync(["dev", "up", .. _devOptions, "--json"]);
        Assert.True(up.ExitCode == 0, up.ToString());
        var stack = JsonNode.Parse(up.Output)!;
        var certificate = (string)stack["certificate"]!;
        var samples = Path.GetDirectoryName(certificate)!;
        var node = (string)stack["node"]!;
        var chainPid = int.Parse(await File.ReadAllTextAsync(Path.Combine(_cli.Root, "dev", "chain.pid")), CultureInfo.InvariantCulture);
        var nodePid = int.Parse(await File.ReadAllTextAsync(Path.Combine(_cli.Root, "dev", "node.pid")), CultureInfo.InvariantCulture);
        Assert.StartsWith($"{node}verify?h=", (string)stack["open"]!);

        var again = await _cli.RunAsync(["dev", "up", .. _devOptions, "--json"]);
        var direct = await _cli.RunAsync("verify", certificate, "--parents", samples, "--profile", "dev", "--json");
        var viaNode = await WhenIndexedAsync(() => _cli.RunAsync("verify", certificate, "--parents", samples, "--node", node, "--json"));
        var audit = await _cli.RunAsync("audit", "replay", "--profile", "dev", "--node", node, "--out", "audit", "--json");
        var historyFromChain = JsonNode.Parse((await _cli.RunAsync("history", certificate, "--profile", "dev", "--json")).Output)!.AsArray();
        var historyFromNode = await _cli.RunAsync("history", certificate, "--node", node, "--json");
        var unknownFromNode = await _cli.RunAsync("history", "0x" + new string('7', 64), "--node", node, "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"chain already running (pid {chainPid})", again.ErrorLines[0]);
        Assert.Equal($"ledger node already running (pid {nodePid})", again.ErrorLines[1]);
        Assert.Equal((string)stack["registry"]!, (string)JsonNode.Parse(again.Output)!["registry"]!);
        Assert.Equal((0, "VALID"), (direct.ExitCode, (string)JsonNode.Parse(direct.Output)!["verdict"]!));
        Assert.Equal((0, "VALID"), (viaNode.ExitCode, (string)JsonNode.Parse(viaNode.Output)!["verdict"]!));
        Assert.Equal("VALID", (string)JsonNode.Parse(viaNode.Output)!["parents"]![0]!["verdict"]!);
        Assert.True(audit.ExitCode == 0, audit.ToString());
        Assert.True(historyFromNode.ExitCode == 0, historyFromNode.ToString());
        static IEnumerable<(string, string, string, string)> Rows(JsonArray rows) =>
            rows.Select(r => ((string)r!["block"]!, (string)r["event"]!, (string)r["details"]!, (string)r["transaction"]!));
        Assert.Equal("anchored", (string)historyFromChain[0]!["event"]!);
        Assert.Equal(Rows(historyFromChain), Rows(JsonNode.Parse(historyFromNode.Output)!.AsArray()));
        Assert.Equal((0, "[]"), (unknownFromNode.ExitCode, JsonNode.Parse(unknownFromNode.Output)!.ToJsonString()));
        var report = JsonNode.Parse(audit.Output)!;
        Assert.True(report["node"]!["agrees"]!.GetValue<bool>(), audit.Output);
        Assert.Equal((string)report["digest"]!, (string)report["node"]!["digest"]!);

        // What dev up tells a person to open: the web page and the sample's QR link, served by the node it started.
        using (var browser = new HttpClient())
        {
            using var page = await browser.GetAsync(new Uri(node));
            using var link = await browser.GetAsync(new Uri((string)stack["open"]!));
            Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (page.StatusCode, link.StatusCode));
            Assert.Contains("Verify a trade document", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Issuing through the node's relay: the issuer signs, the node's relayer account sends and pays.
        var devFolder = Path.Combine(_cli.Root, "dev");
        _cli.Environment["PROVENANCE_KEYS"] = Path.Combine(devFolder, "keys");
        await _cli.RunAsync("samples", "--issuer", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--count", "3", "--out", "relayed-outbox");
        var relayed = await _cli.RunAsync("issue", "relayed-outbox", "--key", "issuer", "--password-file", Path.Combine(devFolder, "dev-password"), "--relayer", node, "--out", "relayed", "--profile", "dev", "--json");
        Assert.True(relayed.ExitCode == 0, relayed.ToString());
        var relayedBundle = await ProofBundleReader.ReadFileAsync(_cli.PathOf("relayed/CO-2026-000002.provenance.json"), CancellationToken.None);
        using (var transport = new HttpRpcTransport(new Uri((string)stack["chain"]!)))
        {
            var registry = new RegistryClient(new EthRpcClient(transport), Address.Parse((string)stack["registry"]!));
            var anchored = Assert.Single(await registry.GetEventsAsync<BatchAnchoredEvent>(
                "BatchAnchored", BlockParameter.Earliest, BlockParameter.Latest, CancellationToken.None, relayedBundle.Batch.Root));
            Assert.Equal(("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x90F79bf6EB2c4f870365E785982E1f101E93b906"), (anchored.Issuer.ToString(), anchored.Relayer.ToString()));
            Assert.Equal(anchored.Position.TransactionHash, relayedBundle.Anchor.TransactionHash);
        }

        Assert.Equal(0, (await _cli.RunAsync("verify", "relayed/CO-2026-000002.provenance.json", "--profile", "dev")).ExitCode);

        var down = await _cli.RunAsync(["dev", "down", .. _devOptions]);

        Assert.Equal(["development stack stopped", "node:  stopped", "chain: stopped"], down.OutputLines.Select(l => l.Trim()));
        Assert.False(IsAlive(chainPid));
        Assert.False(IsAlive(nodePid));
        Assert.False(File.Exists(Path.Combine(_cli.Root, "dev", "chain.pid")));
    }

    [Fact]
    public async Task Dev_down_in_a_folder_where_nothing_was_started_says_so()
    {
        var down = await _cli.RunAsync(["dev", "down", .. _devOptions]);

        Assert.Equal(0, down.ExitCode);
        Assert.Equal(["development stack stopped", "node:  was not running", "chain: was not running"], down.OutputLines.Select(l => l.Trim()));
    }

    // The node indexes within a poll interval of the last block; until then its report is not VALID yet.
    private static async Task<CliRun> WhenIndexedAsync(Func<Task<CliRun>> verify)
    {
        for (var attempt = 0; ; attempt++)
        {
            var run = await verify();
            if (run.ExitCode == 0 || attempt == 40)
            {
                return run;
            }

            await Task.Delay(250);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
