using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public sealed class CrashSafetyTests(HardhatChainFixture chain) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-crash-").FullName;

    // 0: every 5-block range is its own transaction. 8: while catching up, ranges are joined until a transaction
    // holds 8 logs (two or three ranges here), so an abort lands inside a transaction that spans several ranges.
    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public async Task Aborting_inside_writes_at_random_logs_then_restarting_gives_the_identical_store(int catchUpLogs)
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        for (var i = 0; i < 12; i++)
        {
            var batch = await scenario.AnchorAsync(scenario.NewDocuments(2));
            await scenario.Customs.RecordDecisionAsync(batch.Documents[0], CustomsDecision.Released, $"CL-{i:D4}");
        }

        using var transport = new HttpRpcTransport(chain.RpcUrl);
        // Ranges of 5 blocks make several writes each (raw logs, records, blocks, checkpoint), so an abort lands inside a transaction.
        var settings = TestNode.Settings(scenario, initialRange: 5, maxRange: 5, catchUpLogs: catchUpLogs);
        using var reference = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, catchUpLogs: 0));
        await reference.CatchUpAsync();
        var path = Path.Combine(_directory, "ledger.db");
        var random = new Random(1337);
        var crashes = 0;

        for (var attempt = 0; attempt < 6; attempt++)
        {
            var crashAt = random.Next(1, 12);
            var written = 0;
            Func<RegistryEventDecoder, LedgerWriter> writer = decoder => new LedgerWriter(decoder)
            {
                AfterEachWrite = () =>
                {
                    if (++written == crashAt)
                    {
                        throw new SimulatedCrashException();
                    }
                },
            };
            using var crashing = new TestNode(transport, LedgerDatabase.OpenFile(path), settings, writer);
            try
            {
                await crashing.CatchUpAsync();
            }
            catch (SimulatedCrashException)
            {
                crashes++;
                Assert.True(StoredDigestCheck.Run(crashing.Database).IsIntact, $"after the abort at write {crashAt} of attempt {attempt} the store is not a consistent prefix");
            }
        }

        using var restarted = new TestNode(transport, LedgerDatabase.OpenFile(path), settings);
        await restarted.CatchUpAsync();

        Assert.True(crashes >= 3, $"only {crashes} of 6 attempts aborted inside a write");
        Assert.Equal(StoreDump.Of(reference.Database), StoreDump.Of(restarted.Database));
        Assert.Equal(reference.Index.GetDigest(AsOf.Latest), restarted.Index.GetDigest(AsOf.Latest));
    }

    [Fact]
    public async Task Removing_or_altering_a_stored_event_changes_the_digest()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);
        await node.CatchUpAsync();
        var ethers = await EthersDigest.ComputeAsync(chain.RpcUrl, scenario.Registry, scenario.DeploymentBlock, node.Index.GetStatus().IndexedBlock!.Value);
        var intact = StoredDigestCheck.Run(node.Database);
        Assert.True(intact.IsIntact);
        Assert.Equal(ethers.Digest, intact.Recomputed.ToString());

        var decisionBlock = node.Database.RawBlocks.FindById((long)run.DecisionBlocks[1]);
        var decisionLogs = RawLogPacking.Unpack(decisionBlock);
        var decision = decisionLogs[0];
        var altered = decision with { Data = [.. decision.Data[..^1], (byte)(decision.Data[^1] ^ 0x01)] };
        node.Database.RawBlocks.Update(RawLogPacking.Pack([altered, .. decisionLogs.Skip(1)]));
        var alteredCheck = StoredDigestCheck.Run(node.Database);

        Assert.Equal(run.DecisionBlocks[1], alteredCheck.FirstMismatchBlock);
        Assert.NotEqual(ethers.Digest, alteredCheck.Recomputed.ToString());

        node.Database.RawBlocks.Update(decisionBlock);
        Assert.True(StoredDigestCheck.Run(node.Database).IsIntact);
        var revocationBlock = node.Database.RawBlocks.FindById((long)run.DocumentRevokedBlock);
        var revocationLogs = RawLogPacking.Unpack(revocationBlock);
        if (revocationLogs.Count == 1)
        {
            node.Database.RawBlocks.Delete(revocationBlock.Id);
        }
        else
        {
            node.Database.RawBlocks.Update(RawLogPacking.Pack([.. revocationLogs.Skip(1)]));
        }

        var removed = StoredDigestCheck.Run(node.Database);

        Assert.Equal(run.DocumentRevokedBlock, removed.FirstMismatchBlock);
        Assert.NotEqual(ethers.Digest, removed.Recomputed.ToString());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed class SimulatedCrashException() : Exception("simulated crash inside a ledger write");
}
