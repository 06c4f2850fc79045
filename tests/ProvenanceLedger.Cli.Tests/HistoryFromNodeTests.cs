using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Dev;
using ProvenanceLedger.Cli.Lifecycle;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>`provenance history` read from the chain and from a real ledger node (a child process) print the same rows.</summary>
[Collection(ChainCollection.Name)]
public sealed class HistoryFromNodeTests(HardhatChainFixture chain) : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    private DevProcesses Processes => new(Path.Combine(_cli.Root, "node"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Processes.StopAsync(LedgerNodeLauncher.Name, CancellationToken.None);
        _cli.Dispose();
    }

    [Fact]
    public void Every_history_event_has_one_label()
    {
        Assert.Equal(
            [DocumentHistoryWording.BatchAnchoredEvent, DocumentHistoryWording.BatchRevokedEvent, DocumentHistoryWording.DocumentRevokedEvent,
                DocumentHistoryWording.SupersededEvent, DocumentHistoryWording.SupersedesEvent, DocumentHistoryWording.DecisionRecordedEvent],
            HistoryRows.Labels.Keys);
        Assert.Equal(6, HistoryRows.Labels.Values.Distinct().Count());
    }

    [Fact]
    public async Task The_chain_and_a_ledger_node_print_identical_rows_for_every_event_of_a_document()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "3", "--out", "outbox");
        await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");
        var bundles = new[] { "bundles/CO-2026-000001.provenance.json", "bundles/CO-2026-000002.provenance.json", "bundles/CO-2026-000003.provenance.json" };
        await ledger.MustAsync("decide", bundles[0], "--decision", "Released", "--ref", "26DE0001", "--key", "customs");
        await ledger.MustAsync("supersede", bundles[0], bundles[2], "--key", "issuer");
        await ledger.MustAsync("revoke", bundles[1], "--reason", "IssuedInError", "--key", "issuer");
        await ledger.MustAsync("revoke", bundles[2], "--reason", "KeyCompromise", "--whole-batch", "--key", "governance");
        var node = await StartNodeAsync(ledger);

        var documents = new List<string>(bundles);
        foreach (var bundle in bundles)
        {
            documents.Add((await ProofBundleReader.ReadFileAsync(_cli.PathOf(bundle), CancellationToken.None)).DocumentHash.ToString());
        }

        foreach (var document in documents)
        {
            var fromChain = await ledger.MustAsync("history", document, "--json");
            var fromNode = await ledger.MustAsync("history", document, "--node", node.ToString(), "--json");
            Assert.Equal(fromChain.Output, fromNode.Output);
        }

        // What both printed, for the document that has every kind of event but a revocation of its own.
        var first = await ProofBundleReader.ReadFileAsync(_cli.PathOf(bundles[0]), CancellationToken.None);
        var replacement = await ProofBundleReader.ReadFileAsync(_cli.PathOf(bundles[2]), CancellationToken.None);
        var rows = JsonNode.Parse((await ledger.MustAsync("history", bundles[0], "--node", node.ToString(), "--json")).Output)!.AsArray();
        Assert.Equal(
            [
                ("anchored", $"Batch of 3 anchored by issuer {DeployedLedger.Issuer(chain).Address}."),
                ("decision", $"Released by {DeployedLedger.Customs(chain).Address} (DE), reference 26DE0001."),
                ("superseded", $"Superseded by {replacement.DocumentHash}."),
                ("batch revoked", $"Its batch was revoked by {DeployedLedger.Governance(chain).Address}, reason KeyCompromise."),
            ],
            rows.Select(r => ((string)r!["event"]!, (string)r["details"]!)));
        Assert.Equal(first.Anchor.BlockNumber.ToString(CultureInfo.InvariantCulture), (string)rows[0]!["block"]!);
    }

    // The node as `dev up` starts it, following this test's registry; returns once it has indexed the chain's head.
    private async Task<Uri> StartNodeAsync(DeployedLedger ledger)
    {
        var url = FreePort.LoopbackUrl();
        LedgerNodeLauncher.Start(Processes, RepositoryRoot.Path, url, new Dictionary<string, string>
        {
            ["Ledger__RpcUrl"] = chain.RpcUrl.ToString(),
            ["Ledger__Registries__0__Address"] = ledger.Registry.ToString(),
            ["Ledger__Registries__0__DeploymentBlock"] = ledger.DeploymentBlock.ToString(CultureInfo.InvariantCulture),
            ["Ledger__Confirmations"] = "0",
            ["Ledger__ReadyLag"] = "0",
            ["Ledger__PollInterval"] = "00:00:00.100",
            ["Ledger__DataDirectory"] = Path.Combine(_cli.Root, "node", "data"),
        });

        // Every event happened before the node started, so ready (no lag allowed) means all of them are indexed.
        await LedgerNodeHealth.WaitAsync(
            url,
            "ready",
            (status, _) => status == HttpStatusCode.OK,
            () => Processes.RunningPid(LedgerNodeLauncher.Name) is not null,
            () => Processes.LogTail(LedgerNodeLauncher.Name),
            TimeSpan.FromSeconds(120));
        return url;
    }
}
