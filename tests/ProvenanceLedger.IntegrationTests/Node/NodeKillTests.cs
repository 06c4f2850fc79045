using System.Globalization;
using System.Net;
using ProvenanceLedger.Cli.Dev;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;
using Xunit.Abstractions;

namespace ProvenanceLedger.IntegrationTests.Node;

[Collection(ChainCollection.Name)]
public sealed class NodeKillTests(HardhatChainFixture chain, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-kill-").FullName;

    // The node runs as `provenance dev up` runs it (node.pid, node.log here); its index lives in data/.
    private DevProcesses Processes => new(_directory);

    private string Data => Path.Combine(_directory, "data");

    // "0": every one-block range is its own transaction. "10": catching up joins ranges until a transaction holds
    // 10 logs, so a kill lands inside or between transactions that span several ranges.
    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    public async Task Killing_the_node_process_at_random_moments_loses_and_duplicates_nothing(string catchUpLogs)
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        for (var i = 0; i < 60; i++)
        {
            var batch = await scenario.AnchorAsync(scenario.NewDocuments(3));
            await scenario.Customs.RecordDecisionAsync(batch.Documents[i % 3], CustomsDecision.Released, $"CL-KILL-{i:D4}");
        }

        var head = await scenario.Rpc.BlockNumberAsync(default);
        // Every chain request held 10 ms: catching up takes seconds on any machine, so the kills below land in it
        // (without it a fast idle machine indexed everything before the node first answered its health check, and
        // the kills after it found nothing left to cut short).
        using var slowChain = new SlowRpcProxy(chain.RpcUrl, TimeSpan.FromMilliseconds(10));
        var settings = new Dictionary<string, string>
        {
            ["Ledger__RpcUrl"] = slowChain.Url.ToString(),
            ["Ledger__Registries__0__Address"] = scenario.Registry.ToString(),
            ["Ledger__Registries__0__DeploymentBlock"] = scenario.DeploymentBlock.ToString(CultureInfo.InvariantCulture),
            ["Ledger__Confirmations"] = "0",
            ["Ledger__ReadyLag"] = "0",
            ["Ledger__PollInterval"] = "00:00:00.100",
            // One block per range: many small transactions, so a kill lands inside or between writes, never after all of them.
            ["Ledger__InitialRange"] = "1",
            ["Ledger__MaxRange"] = "1",
            ["Ledger__CatchUpLogsPerTransaction"] = catchUpLogs,
            ["Ledger__DataDirectory"] = Data,
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        var random = new Random(1337);
        var cutShort = 0;
        for (var kill = 0; kill < 5; kill++)
        {
            var node = StartNode(settings);
            // Kill k comes once the node has indexed about (k + 1) sevenths of the blocks, plus a random 0–40 ms: it
            // lands mid-catch-up on any machine (the slow chain keeps the rest of the catch-up seconds long), at a
            // different moment of reading or writing each time.
            var target = scenario.DeploymentBlock + ((head - scenario.DeploymentBlock) * (ulong)(kill + 1) / 7) + (ulong)random.Next(0, 3);
            await WaitUntilIndexedAsync(node, target, requireReady: false);
            await Task.Delay(random.Next(0, 40));
            await KillNodeAsync();
            using var afterKill = LedgerDatabase.OpenFile(Path.Combine(Data, "ledger.db"));
            var checkpoint = afterKill.Checkpoint.FindById(1);
            output.WriteLine($"kill {kill}: indexed to block {checkpoint?.BlockNumber.ToString(CultureInfo.InvariantCulture) ?? "none"} of {head}");
            if (checkpoint is null || (ulong)checkpoint.BlockNumber < head)
            {
                cutShort++;
            }

            Assert.True(StoredDigestCheck.Run(afterKill).IsIntact, $"after kill {kill} the store's digests do not match its logs");
        }

        await WaitUntilIndexedAsync(StartNode(settings), head, requireReady: true);
        await KillNodeAsync();

        using var reference = TestNode.InMemory(chain.RpcUrl, scenario);
        await reference.CatchUpAsync();
        using var killed = LedgerDatabase.OpenFile(Path.Combine(Data, "ledger.db"));
        var ethers = await EthersDigest.ComputeAsync(chain.RpcUrl, scenario.Registry, scenario.DeploymentBlock, head);

        Assert.True(cutShort == 5, $"only {cutShort} of 5 kills hit the node before it had indexed everything");
        Assert.Equal(StoreDump.Of(reference.Database), StoreDump.Of(killed).Replace(Checkpoint(killed), Checkpoint(reference.Database), StringComparison.Ordinal));
        Assert.Equal(ethers.Digest, reference.Index.GetDigest(AsOf.AtBlock(head)).Digest.ToString());
        Assert.Equal(ethers.LogCount, killed.RawBlocks.FindAll().Sum(b => b.LogCount));
        Assert.True(StoredDigestCheck.Run(killed).IsIntact);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Stops a node a failed assertion left running, by its recorded PID.
        await KillNodeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    // The reference may have indexed blocks mined after the node stopped (other tests share the chain); the checkpoint line may differ, nothing else.
    private static string Checkpoint(LedgerDatabase database) => StoreDump.Of(database).Split("#checkpoint")[1];

    private Uri StartNode(IReadOnlyDictionary<string, string> settings)
    {
        var url = FreePort.LoopbackUrl();
        LedgerNodeLauncher.Start(Processes, RepositoryRoot.Path, url, settings);
        return url;
    }

    // kill -9 (DevProcesses stops by SIGKILL): no shutdown code runs, whatever the node was writing is cut off.
    private Task KillNodeAsync() => Processes.StopAsync(LedgerNodeLauncher.Name, CancellationToken.None);

    private Task WaitUntilIndexedAsync(Uri node, ulong block, bool requireReady) => LedgerNodeHealth.WaitAsync(
        node,
        $"block {block} indexed",
        (status, ready) => (status == HttpStatusCode.OK || (!requireReady && status == HttpStatusCode.ServiceUnavailable)) && LedgerNodeHealth.IndexedBlock(ready) >= block,
        () => Processes.RunningPid(LedgerNodeLauncher.Name) is not null,
        () => Processes.LogTail(LedgerNodeLauncher.Name),
        TimeSpan.FromSeconds(90));
}
