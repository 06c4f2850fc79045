using Microsoft.Extensions.Logging;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public class ChainAvailabilityTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task While_the_chain_is_down_the_index_serves_degraded_and_catches_up_when_it_returns()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var before = await scenario.AnchorAsync(scenario.NewDocuments(2));
        using var real = new HttpRpcTransport(chain.RpcUrl);
        // Port 9 (discard) has no listener on loopback here: every request is refused at once.
        using var dead = new HttpRpcTransport(new Uri("http://127.0.0.1:9/"), new RpcTransportOptions { MaxAttempts = 1 });
        var transport = new SwitchableTransport(real);
        using var node = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario));
        await node.CatchUpAsync();
        Assert.Equal(IndexState.Ready, node.Index.GetStatus().State);

        transport.Current = dead;
        var after = await scenario.AnchorAsync(scenario.NewDocuments(3));
        var failure = await node.StepReportingFailureAsync();

        Assert.IsType<RpcTransportException>(failure);
        var degraded = node.Index.GetStatus();
        Assert.Equal(IndexState.Degraded, degraded.State);
        Assert.StartsWith("chain at http://127.0.0.1:9/ is unreachable", degraded.Problem);
        Assert.NotNull(node.Index.GetBatch(before.Root, AsOf.Latest));
        Assert.Null(node.Index.GetBatch(after.Root, AsOf.Latest));

        transport.Current = real;
        Assert.Equal(StepOutcome.CaughtUp, await node.CatchUpAsync());

        Assert.Equal(IndexState.Ready, node.Index.GetStatus().State);
        Assert.Null(node.Index.GetStatus().Problem);
        Assert.NotNull(node.Index.GetBatch(after.Root, AsOf.Latest));
    }

    [Fact]
    public async Task A_node_started_while_the_chain_is_down_serves_what_is_stored_from_its_read_model_and_stays_degraded()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var anchored = await scenario.AnchorAsync(scenario.NewDocuments(2));
        var directory = Directory.CreateTempSubdirectory("ledger-start-down-").FullName;
        try
        {
            var path = Path.Combine(directory, "ledger.db");
            long indexedTo;
            using (var real = new HttpRpcTransport(chain.RpcUrl))
            using (var first = new TestNode(real, LedgerDatabase.OpenFile(path), TestNode.Settings(scenario)))
            {
                await first.CatchUpAsync();
                indexedTo = LedgerWriter.Checkpoint(first.Database)!.BlockNumber;
            }

            using var dead = new HttpRpcTransport(new Uri("http://127.0.0.1:9/"), new RpcTransportOptions { MaxAttempts = 1 });
            using var restarted = new TestNode(dead, LedgerDatabase.OpenFile(path), TestNode.Settings(scenario));
            var failure = await restarted.StepReportingFailureAsync();

            Assert.IsType<RpcTransportException>(failure);
            var model = restarted.ReadModel.For(restarted.Database);
            Assert.NotNull(model);
            Assert.Equal((ulong)indexedTo, model.Head!.Block);
            var status = restarted.Index.GetStatus();
            Assert.Equal(IndexState.Degraded, status.State);
            Assert.StartsWith("chain at http://127.0.0.1:9/ is unreachable", status.Problem);
            Assert.Equal(anchored.Root, restarted.Index.GetBatch(anchored.Root, AsOf.Latest)!.Root);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_node_whose_store_starts_after_the_grant_restarted_while_the_chain_is_down_serves_its_direct_anchor_from_its_read_model()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var startAfterGrant = await scenario.Rpc.BlockNumberAsync(CancellationToken.None) + 1;
        var batch = await scenario.AnchorAsync(scenario.NewDocuments(3));
        var settings = TestNode.SettingsFrom(scenario, startAfterGrant);
        var directory = Directory.CreateTempSubdirectory("ledger-late-start-down-").FullName;
        try
        {
            var path = Path.Combine(directory, "ledger.db");
            long indexedTo;
            using (var first = TestNode.Connect(chain.RpcUrl, LedgerDatabase.OpenFile(path), settings))
            {
                Assert.Equal(StepOutcome.CaughtUp, await first.CatchUpAsync());
                indexedTo = LedgerWriter.Checkpoint(first.Database)!.BlockNumber;
            }

            // A new process with the chain down: its decoder knows no accreditation, and the store holds the anchor but not the grant.
            using var dead = new HttpRpcTransport(new Uri("http://127.0.0.1:9/"), new RpcTransportOptions { MaxAttempts = 1 });
            var log = new RecordingLogger();
            using var restarted = new TestNode(dead, LedgerDatabase.OpenFile(path), settings, logger: log);
            var failure = await restarted.StepReportingFailureAsync();

            Assert.IsType<RpcTransportException>(failure);
            var model = restarted.ReadModel.For(restarted.Database);
            Assert.NotNull(model);
            Assert.Equal((ulong)indexedTo, model.Head!.Block);
            var served = restarted.Index.GetBatch(batch.Root, AsOf.Latest)!;
            Assert.Equal((scenario.IssuerKey.Address, RegistryScenario.CertificateType, 3u, batch.Block), (served.Issuer, served.DocType, served.Count, served.Anchored.BlockNumber));
            Assert.DoesNotContain(log.Entries, e => e.Message.Contains("waits for the chain", StringComparison.Ordinal));
            var warning = Assert.Single(log.Entries, e => e.Level >= LogLevel.Warning);
            Assert.StartsWith("Indexer step failed; serving the index as it is: chain at http://127.0.0.1:9/ is unreachable", warning.Message);
            Assert.Equal(IndexState.Degraded, restarted.Index.GetStatus().State);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
