using System.Text.Json.Nodes;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

[Collection(ChainCollection.Name)]
public sealed class AuditReplayTests(HardhatChainFixture chain) : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Replay_digest_equals_an_independent_ethers_replay_and_the_report_counts_and_flags_anomalies()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "3", "--out", "outbox");
        await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");
        await ledger.MustAsync("revoke", "bundles/CO-2026-000002.provenance.json", "--reason", "Fraud", "--key", "issuer");
        await ledger.MustAsync("decide", "bundles/CO-2026-000001.provenance.json", "--decision", "Released", "--ref", "R1", "--key", "customs");
        await ledger.MustAsync("decide", "bundles/CO-2026-000002.provenance.json", "--decision", "Held", "--ref", "R2", "--key", "customs");

        var run = await ledger.MustAsync("audit", "replay", "--out", "audit");

        var report = JsonNode.Parse(await File.ReadAllTextAsync(_cli.PathOf("audit.json")))!;
        var toBlock = report["toBlock"]!.GetValue<ulong>();
        var ethers = (await EthersOracle.RunAsync("audit-digest", [new JsonObject
        {
            ["rpcUrl"] = chain.RpcUrl.ToString(),
            ["addresses"] = new JsonArray(ledger.Registry.ToString()),
            ["fromBlock"] = ledger.DeploymentBlock,
            ["toBlock"] = toBlock,
        }]))[0]!;
        Assert.Equal((string)ethers["digest"]!, (string)report["digest"]!);
        Assert.Equal(ethers["logCount"]!.GetValue<long>(), report["logCount"]!.GetValue<long>());
        Assert.Equal($"audit digest of registry {ledger.Registry} (chain 31337) at block {toBlock}: {ethers["digest"]}", run.OutputLines[0]);
        var issuer = report["issuers"]![DeployedLedger.Issuer(chain).Address.ToString()]!;
        Assert.Equal((1, 3L), (issuer["batches"]!.GetValue<int>(), issuer["documents"]!.GetValue<long>()));
        Assert.Equal(1, report["decisions"]!["Released"]!.GetValue<int>());
        Assert.Equal(1, report["decisions"]!["Held"]!.GetValue<int>());
        var anomaly = Assert.Single(report["anomalies"]!.AsArray())!;
        Assert.Equal("decision-on-revoked-document", (string)anomaly["kind"]!);
        var html = await File.ReadAllTextAsync(_cli.PathOf("audit.html"));
        Assert.Contains($"Audit digest at block {toBlock}: <code>{ethers["digest"]}</code>", html);
        Assert.Contains("<h2>Anomalies (1)</h2>", html);
    }

    [Fact]
    public async Task Replay_from_after_the_grant_still_names_the_type_of_a_direct_anchor()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "2", "--out", "outbox");
        var afterGrant = JsonNode.Parse((await ledger.MustAsync("audit", "replay", "--out", "before", "--json")).Output)!["toBlock"]!.GetValue<ulong>() + 1;
        await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");

        // The range holds the direct anchor but not the grant that tells its accreditation id: the registry is asked.
        var report = JsonNode.Parse((await ledger.MustAsync("audit", "replay", "--from", afterGrant.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", "late", "--json")).Output)!;

        var issuer = report["issuers"]![DeployedLedger.Issuer(chain).Address.ToString()]!;
        Assert.Equal((1, 2L), (issuer["batches"]!.GetValue<int>(), issuer["documents"]!.GetValue<long>()));
        var type = report["types"]!["certificate-of-origin"]!;
        Assert.Equal((1, 2L), (type["batches"]!.GetValue<int>(), type["documents"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Replay_of_an_earlier_range_gives_the_digest_at_that_block()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        var first = JsonNode.Parse((await ledger.MustAsync("audit", "replay", "--out", "before", "--json")).Output)!;
        await ledger.MustAsync("customs", "grant", DeployedLedger.Issuer(chain).Address.ToString(), "--country", "FR", "--key", "governance");

        var again = JsonNode.Parse((await ledger.MustAsync("audit", "replay", "--to", first["toBlock"]!.ToJsonString(), "--out", "again", "--json")).Output)!;
        var now = JsonNode.Parse((await ledger.MustAsync("audit", "replay", "--out", "now", "--json")).Output)!;

        Assert.Equal((string)first["digest"]!, (string)again["digest"]!);
        Assert.NotEqual((string)first["digest"]!, (string)now["digest"]!);
        Assert.Equal(first["logCount"]!.GetValue<long>() + 2, now["logCount"]!.GetValue<long>());
    }
}
