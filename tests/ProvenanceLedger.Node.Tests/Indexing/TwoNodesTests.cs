using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public class TwoNodesTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task Nodes_reading_different_ranges_in_different_transactions_hold_identical_stores_and_digests()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        await ScenarioRun.RunAsync(scenario);
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        using var blockByBlock = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 1, maxRange: 1, catchUpLogs: 0));
        using var wide = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 1_000));
        // Block-sized ranges joined into transactions of at least five logs.
        using var joined = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 1, maxRange: 1, catchUpLogs: 5));

        await blockByBlock.CatchUpAsync();
        await wide.CatchUpAsync();
        await joined.CatchUpAsync();

        Assert.Equal(blockByBlock.Index.GetStatus().IndexedBlock, wide.Index.GetStatus().IndexedBlock);
        Assert.Equal(blockByBlock.Index.GetStatus().IndexedBlock, joined.Index.GetStatus().IndexedBlock);
        Assert.Equal(blockByBlock.Index.GetDigest(AsOf.Latest), wide.Index.GetDigest(AsOf.Latest));
        Assert.Equal(blockByBlock.Index.GetDigest(AsOf.Latest), joined.Index.GetDigest(AsOf.Latest));
        Assert.Equal(StoreDump.Of(blockByBlock.Database), StoreDump.Of(wide.Database));
        Assert.Equal(StoreDump.Of(blockByBlock.Database), StoreDump.Of(joined.Database));
    }
}
