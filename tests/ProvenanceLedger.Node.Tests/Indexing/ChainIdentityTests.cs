using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public sealed class ChainIdentityTests(HardhatChainFixture chain) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-identity-").FullName;

    [Fact]
    public async Task An_index_of_another_chain_is_refused_and_not_served()
    {
        var path = Path.Combine(_directory, "ledger.db");
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var batch = await scenario.AnchorAsync(scenario.NewDocuments(2));
        var settings = TestNode.Settings(scenario);
        await IndexIntoFileAsync(path, settings);

        await using var restarted = new HardhatChainFixture();
        await restarted.InitializeAsync();
        using var stale = TestNode.Connect(restarted.RpcUrl, LedgerDatabase.OpenFile(path), settings);

        Assert.Equal(StepOutcome.Refused, await stale.StepAsync());

        var status = stale.Index.GetStatus();
        Assert.Equal(IndexState.ChainMismatch, status.State);
        Assert.StartsWith("the index belongs to a chain with genesis ", status.Problem);
        Assert.EndsWith("(the chain was reset); start the node with ResetOnChainChange=true or a new DataDirectory to index this chain", status.Problem);
        var refused = Assert.Throws<LedgerUnavailableException>(() => stale.Index.GetBatch(batch.Root, AsOf.Latest));
        Assert.StartsWith("the index does not match the chain the node follows (the index belongs to a chain with genesis", refused.Message);
        Assert.NotEqual(0, status.LogCount);
    }

    [Fact]
    public async Task With_reset_on_chain_change_the_stale_index_is_wiped_and_a_registry_without_code_is_reported()
    {
        await using var stale = await IndexThenRestartChainAsync();
        var (scenario, settings, restarted) = (stale.Scenario, stale.Settings, stale.Restarted);
        using var reset = TestNode.Connect(restarted.RpcUrl, LedgerDatabase.OpenFile(stale.Path), settings);

        Assert.Equal(StepOutcome.Refused, await reset.StepAsync());

        var status = reset.Index.GetStatus();
        Assert.Equal(IndexState.ChainMismatch, status.State);
        Assert.Equal(
            $"registry {scenario.Registry} has no code on chain 31337; check Registries in the configuration (or the chain was reset)", status.Problem);
        Assert.Null(status.IndexedBlock);
        Assert.Equal(0, status.LogCount);
        var genesis = await reset.Rpc.GetBlockByNumberAsync(BlockParameter.Number(0), default);
        Assert.Equal(genesis!.Hash, status.GenesisHash);
    }

    [Fact]
    public async Task A_stale_index_lets_its_mirrors_go_before_it_is_wiped_and_only_then()
    {
        await using var stale = await IndexThenRestartChainAsync();
        using var transport = new HttpRpcTransport(stale.Restarted.RpcUrl);
        using var database = LedgerDatabase.OpenFile(stale.Path);
        var indexedLogs = LedgerWriter.Checkpoint(database)!.TotalLogs;
        var guard = new ChainIdentityGuard(new EthRpcClient(transport), stale.Settings.Registries, resetOnChange: true);
        var logsSeenBeforeReset = new List<long?>();

        // The read model is told while the old index is still whole: it must stop answering before the data goes.
        await guard.EnsureAsync(database, () => logsSeenBeforeReset.Add(LedgerWriter.Checkpoint(database)?.TotalLogs), CancellationToken.None);
        var problemOnceAdopted = await guard.EnsureAsync(
            database, () => throw new InvalidOperationException("an adopted index must not be wiped again"), CancellationToken.None);

        Assert.NotEqual(0, indexedLogs);
        Assert.Equal([indexedLogs], logsSeenBeforeReset);
        Assert.Null(LedgerWriter.Checkpoint(database));
        Assert.StartsWith($"registry {stale.Scenario.Registry} has no code on chain 31337", problemOnceAdopted);
    }

    [Fact]
    public async Task Configuring_other_registries_than_the_index_follows_is_refused()
    {
        var path = Path.Combine(_directory, "ledger.db");
        using var first = await RegistryScenario.DeployAsync(chain);
        using var second = await RegistryScenario.DeployAsync(chain);
        await IndexIntoFileAsync(path, TestNode.Settings(first));
        using var other = TestNode.Connect(chain.RpcUrl, LedgerDatabase.OpenFile(path), TestNode.Settings(second));

        Assert.Equal(StepOutcome.Refused, await other.StepAsync());
        Assert.Equal(
            $"the index follows registries {first.Registry}@{first.DeploymentBlock} but the configuration names {second.Registry}@{second.DeploymentBlock}; "
            + "start the node with ResetOnChainChange=true or a new DataDirectory to index this chain",
            other.Index.GetStatus().Problem);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>
    /// A registry with one batch indexed into a store file by a node that resets on a chain change, then a fresh
    /// chain in place of the old one (as after a development chain's restart).
    /// </summary>
    private async Task<StaleIndex> IndexThenRestartChainAsync()
    {
        var path = Path.Combine(_directory, "ledger.db");
        var scenario = await RegistryScenario.DeployAsync(chain);
        await scenario.AnchorAsync(scenario.NewDocuments(2));
        var settings = TestNode.Settings(scenario, resetOnChainChange: true);
        await IndexIntoFileAsync(path, settings);
        var restarted = new HardhatChainFixture();
        await restarted.InitializeAsync();
        return new StaleIndex(scenario, settings, restarted, path);
    }

    private sealed record StaleIndex(RegistryScenario Scenario, IndexerSettings Settings, HardhatChainFixture Restarted, string Path) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Scenario.Dispose();
            await Restarted.DisposeAsync();
        }
    }

    /// <summary>Indexes the test chain into the store file at <paramref name="path"/>, then closes it.</summary>
    private async Task IndexIntoFileAsync(string path, IndexerSettings settings)
    {
        using var node = TestNode.Connect(chain.RpcUrl, LedgerDatabase.OpenFile(path), settings);
        await node.CatchUpAsync();
    }
}
