using Microsoft.Extensions.Logging.Abstractions;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public sealed class ReplayTests(HardhatChainFixture chain) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-replay-").FullName;

    [Fact]
    public async Task Replay_rebuilds_into_a_new_file_and_swaps_it_in_while_reads_go_on()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        var files = new LedgerFiles(_directory);
        var settings = TestNode.Settings(scenario, initialRange: 2, maxRange: 2);
        using var node = new TestNode(transport, LedgerDatabase.OpenFile(files.CurrentPath()), settings);
        await node.CatchUpAsync();
        var before = StoreDump.Of(node.Database);
        var digestBefore = node.Index.GetDigest(AsOf.Latest);
        using var gate = new IndexerGate();
        var replay = new LedgerReplay(
            node.Store, files, gate,
            store => new IndexerEngine(settings, node.Rpc, store, new LedgerWriter(new RegistryEventDecoder()), new IndexerProgress(0), null, NullLogger.Instance, TimeProvider.System),
            TimeProvider.System, NullLogger<LedgerReplay>.Instance);

        var replaying = replay.ReplayAsync(CancellationToken.None);
        var reads = 0;
        while (!replaying.IsCompleted)
        {
            Assert.NotNull(node.Index.GetBatch(run.A.Root, AsOf.Latest));
            reads++;
            await Task.Delay(5);
        }

        var result = await replaying;

        Assert.True(reads > 0);
        Assert.Equal(node.Database.FilePath, Path.Combine(_directory, result.FileName));
        Assert.Equal(files.CurrentPath(), node.Database.FilePath);
        Assert.Equal(digestBefore.Digest, result.Digest);
        Assert.Equal(digestBefore.LogCount, result.LogCount);
        Assert.Equal(before, StoreDump.Of(node.Database));
        Assert.Equal(StepOutcome.CaughtUp, await node.StepAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            var first = replay.ReplayAsync(CancellationToken.None);
            var second = replay.ReplayAsync(CancellationToken.None);
            await Task.WhenAll(first, second);
        });
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
