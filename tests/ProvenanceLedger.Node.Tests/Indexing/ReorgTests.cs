using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public class ReorgTests(HardhatChainFixture chain)
{
    [Theory]
    [InlineData(1)] // the replacing fork is shorter than the one the node indexed
    [InlineData(4)] // the replacing fork is longer
    public async Task A_reorg_rolls_back_to_the_common_ancestor_and_reindexes_the_new_fork(int replacingTransactions)
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var kept = await scenario.AnchorAsync(scenario.NewDocuments(2));
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);
        await node.CatchUpAsync();
        var snapshot = await ChainSnapshot.TakeAsync(chain);

        var orphaned = await scenario.AnchorAsync(scenario.NewDocuments(3));
        await scenario.Customs.RecordDecisionAsync(orphaned.Documents[0], CustomsDecision.Held, "CL-ORPHAN-1");
        await scenario.Customs.RecordDecisionAsync(orphaned.Documents[1], CustomsDecision.Held, "CL-ORPHAN-2");
        await node.CatchUpAsync();
        Assert.NotNull(node.Index.GetBatch(orphaned.Root, AsOf.Latest));

        await snapshot.RevertAsync(scenario);
        var replacing = await scenario.AnchorAsync(scenario.NewDocuments(4));
        for (var i = 1; i < replacingTransactions; i++)
        {
            await scenario.Customs.RecordDecisionAsync(replacing.Documents[i], CustomsDecision.Released, $"CL-NEW-{i}");
        }

        await node.CatchUpAsync();

        Assert.Null(node.Index.GetBatch(orphaned.Root, AsOf.Latest));
        Assert.Empty(node.Index.GetDocument(orphaned.Documents[0], null, AsOf.Latest).Decisions);
        Assert.NotNull(node.Index.GetBatch(replacing.Root, AsOf.Latest));
        Assert.NotNull(node.Index.GetBatch(kept.Root, AsOf.Latest));
        Assert.Equal(1, node.Index.GetStatus().Reorgs);
        var indexed = node.Index.GetStatus().IndexedBlock!.Value;
        var ethers = await EthersDigest.ComputeAsync(chain.RpcUrl, scenario.Registry, scenario.DeploymentBlock, indexed);
        Assert.Equal(ethers.Digest, node.Index.GetDigest(AsOf.Latest).Digest.ToString());

        using var fresh = TestNode.InMemory(chain.RpcUrl, scenario);
        await fresh.CatchUpAsync();
        Assert.Equal(StoreDump.Of(fresh.Database), StoreDump.Of(node.Database));
    }
}
