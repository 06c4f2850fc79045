using Microsoft.Extensions.Logging.Abstractions;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.ReadModel;

/// <summary>The in-memory read model against the store's own index over a real indexed chain: the same answer to every hot read.</summary>
[Collection(ChainCollection.Name)]
public sealed class ReadModelTests(HardhatChainFixture chain) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ledger-readmodel-").FullName;

    [Fact]
    public async Task The_read_model_answers_every_hot_read_like_the_store_at_every_block_and_time()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        // Blocks without registry logs before and after the events: as-of answers in them depend on which range
        // ends the store still keeps.
        await chain.RpcAsync("hardhat_mine", "0x3");
        var run = await ScenarioRun.RunAsync(scenario);
        await chain.RpcAsync("hardhat_mine", "0x7");
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        // Ranges of two blocks and a reorg window of two: many range ends, most of them dropped again by the store.
        var settings = TestNode.Settings(scenario, initialRange: 2, maxRange: 2, catchUpLogs: 0) with { ReorgMargin = 2 };
        using var node = new TestNode(transport, LedgerDatabase.OpenInMemory(), settings);
        await node.CatchUpAsync();
        var head = node.Index.GetStatus().IndexedBlock!.Value;
        var reads = HotReads.For(scenario, run);
        await reads.AddPointsAsync(scenario, scenario.DeploymentBlock - 1, head + 1);

        var model = Model(node);
        var fromModel = reads.Of(model.Resolve, model.GetBatch, model.GetDocument, model.GetIssuer);

        Assert.Equal(reads.Of(node.StoreIndex), fromModel);
        Assert.Equal(reads.Count, fromModel.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => !l.StartsWith('#')));
        Assert.Equal(Json(node.StoreIndex.GetStatus()), Json(node.Index.GetStatus()));

        // A few answers by value, so that agreeing on a wrong answer cannot pass.
        var document = run.A.Documents[0];
        Assert.Empty(model.GetDocument(document, null, AsOf.AtBlock(run.DecisionBlocks[0] - 1)).Decisions);
        Assert.Equal([CustomsDecision.Released], model.GetDocument(document, null, AsOf.AtBlock(run.DecisionBlocks[0])).Decisions.Select(d => d.Decision));
        Assert.Equal([CustomsDecision.Released, CustomsDecision.Held], model.GetDocument(document, null, AsOf.Latest).Decisions.Select(d => d.Decision));
        Assert.Empty(model.GetDocument(run.C.Documents[0], null, AsOf.Latest).BatchRevocations);
        Assert.Equal(run.BatchRevokedBlock, model.GetDocument(run.C.Documents[0], run.C.Root, AsOf.Latest).BatchRevocations.Single().At.BlockNumber);
        Assert.Null(model.GetBatch(run.C.Root, AsOf.AtBlock(run.C.Block - 1)));
        Assert.Null(model.GetBatch(run.C.Root, AsOf.AtBlock(run.BatchRevokedBlock - 1))!.Revocation);
        Assert.Equal(AccreditationStatus.Suspended, model.GetIssuer(scenario.IssuerKey.Address, AsOf.AtBlock(run.SuspendedBlock))!.Accreditations.Single().Status);
        Assert.Equal(AccreditationStatus.Active, model.GetIssuer(scenario.IssuerKey.Address, AsOf.Latest)!.Accreditations.Single().Status);
        Assert.Equal(run.B.Documents[0], model.GetDocument(run.A.Documents[2], null, AsOf.Latest).SupersededBy!.NewHash);
        Assert.Equal(new LedgerPoint(head, (await scenario.ChainTimeAsync())), model.Resolve(AsOf.Latest));
    }

    [Fact]
    public async Task After_a_reorg_the_model_is_rebuilt_from_the_store_and_forgets_the_orphaned_fork()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var kept = await scenario.AnchorAsync(scenario.NewDocuments(2));
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);
        await node.CatchUpAsync();
        var snapshot = await ChainSnapshot.TakeAsync(chain);
        var orphaned = await scenario.AnchorAsync(scenario.NewDocuments(3));
        await scenario.Customs.RecordDecisionAsync(orphaned.Documents[0], CustomsDecision.Held, "CL-ORPHAN-1");
        await node.CatchUpAsync();
        var beforeReorg = node.ReadModel.For(node.Database)!;
        Assert.NotNull(Model(node).GetBatch(orphaned.Root, AsOf.Latest));

        await snapshot.RevertAsync(scenario);
        var replacing = await scenario.AnchorAsync(scenario.NewDocuments(4));
        await scenario.Customs.RecordDecisionAsync(replacing.Documents[1], CustomsDecision.Released, "CL-NEW-1");
        await scenario.Customs.RecordDecisionAsync(replacing.Documents[1], CustomsDecision.Rejected, "CL-NEW-2");
        await node.CatchUpAsync();

        Assert.Equal(1, node.Index.GetStatus().Reorgs);
        Assert.NotSame(beforeReorg, node.ReadModel.For(node.Database));
        var model = Model(node);
        Assert.Null(model.GetBatch(orphaned.Root, AsOf.Latest));
        Assert.Empty(model.GetDocument(orphaned.Documents[0], null, AsOf.Latest).Decisions);
        Assert.Equal(2, model.GetDocument(replacing.Documents[1], null, AsOf.Latest).Decisions.Count);
        var reads = new HotReads { Hashes = { kept.Root, orphaned.Root, replacing.Root, orphaned.Documents[0], replacing.Documents[1] }, Issuers = { scenario.IssuerKey.Address } };
        await reads.AddPointsAsync(scenario, scenario.DeploymentBlock, node.Index.GetStatus().IndexedBlock!.Value);
        Assert.Equal(reads.Of(node.StoreIndex), reads.Of(model.Resolve, model.GetBatch, model.GetDocument, model.GetIssuer));
    }

    [Fact]
    public async Task After_a_replay_swap_reads_go_to_the_new_file_until_the_model_of_it_is_built_on_the_next_step()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        var files = new LedgerFiles(_directory);
        var settings = TestNode.Settings(scenario);
        using var node = new TestNode(transport, LedgerDatabase.OpenFile(files.CurrentPath()), settings);
        await node.CatchUpAsync();
        var reads = HotReads.For(scenario, run);
        await reads.AddPointsAsync(scenario, scenario.DeploymentBlock, node.Index.GetStatus().IndexedBlock!.Value);
        var before = reads.Of(node.Index);
        var oldModel = node.ReadModel.For(node.Database)!;
        using var gate = new IndexerGate();
        var replay = new LedgerReplay(
            node.Store, files, gate,
            store => new IndexerEngine(settings, node.Rpc, store, new LedgerWriter(new RegistryEventDecoder()), new IndexerProgress(0), null, NullLogger.Instance, TimeProvider.System),
            TimeProvider.System, NullLogger<LedgerReplay>.Instance);

        await replay.ReplayAsync(CancellationToken.None);

        Assert.NotSame(oldModel.Database, node.Database);
        Assert.Null(node.ReadModel.For(node.Database));
        Assert.Equal(before, reads.Of(node.Index));
        Assert.Equal(StepOutcome.CaughtUp, await node.StepAsync());
        var rebuilt = node.ReadModel.For(node.Database)!;
        Assert.NotSame(oldModel, rebuilt);
        Assert.Equal(before, reads.Of(node.Index));
        var model = Model(node);
        Assert.Equal(before, reads.Of(model.Resolve, model.GetBatch, model.GetDocument, model.GetIssuer));
    }

    [Fact]
    public async Task Reads_while_a_range_is_added_see_the_state_before_it_and_after_it_the_whole_range()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var batch = await scenario.AnchorAsync(scenario.NewDocuments(3));
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        var during = new List<string>();
        TestNode? node = null;
        HotReads? reads = null;
        Func<RegistryEventDecoder, LedgerReadModel> readModel = decoder => new LedgerReadModel(decoder)
        {
            AfterRecordAdded = () =>
            {
                if (reads is not null)
                {
                    during.Add(reads.Of(node!.Index));
                }
            },
        };
        using (node = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario), readModel: readModel))
        {
            await node.CatchUpAsync();
            var first = node.Index.GetStatus().IndexedBlock!.Value;
            await scenario.Customs.RecordDecisionAsync(batch.Documents[0], CustomsDecision.Held, "CL-RANGE-1");
            await scenario.Customs.RecordDecisionAsync(batch.Documents[0], CustomsDecision.Released, "CL-RANGE-2");
            await scenario.Issuer.RevokeDocumentAsync(batch.Documents[1], batch.Root, batch.ProofOf(1), RevocationReason.Fraud);
            await scenario.Issuer.RevokeBatchAsync(batch.Root, RevocationReason.IssuedInError);
            reads = new HotReads { Hashes = { batch.Root, batch.Documents[0], batch.Documents[1] }, Roots = { batch.Root }, Issuers = { scenario.IssuerKey.Address } };
            await reads.AddPointsAsync(scenario, first - 1, first + 5);
            var old = reads.Of(node.Index);

            Assert.Equal(StepOutcome.CaughtUp, await node.StepAsync());

            // One range of four events: each read in the middle of adding it saw none of them.
            Assert.Equal(4, during.Count);
            Assert.All(during, text => Assert.Equal(old, text));
            var now = reads.Of(node.Index);
            Assert.NotEqual(old, now);
            Assert.Equal(reads.Of(node.StoreIndex), now);
            var document = node.Index.GetDocument(batch.Documents[0], batch.Root, AsOf.Latest);
            Assert.Equal([CustomsDecision.Held, CustomsDecision.Released], document.Decisions.Select(d => d.Decision));
            Assert.Single(document.BatchRevocations);
        }
    }

    [Fact]
    public async Task Readers_on_other_threads_always_see_a_whole_published_state_while_the_indexer_writes()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var batch = await scenario.AnchorAsync(scenario.NewDocuments(2));
        var decisionBlocks = new List<ulong>();
        for (var i = 0; i < 12; i++)
        {
            var sent = await scenario.Customs.RecordDecisionAsync(batch.Documents[0], CustomsDecision.Released, $"CL-LIVE-{i}");
            decisionBlocks.Add(sent.Receipt.BlockNumber);
        }

        using var transport = new HttpRpcTransport(chain.RpcUrl);
        // One block per range: every decision is published by a range of its own while the readers read.
        using var node = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 1, maxRange: 1, catchUpLogs: 0));
        using var stop = new CancellationTokenSource();
        var reads = new int[2];
        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (node.ReadModel.For(node.Database) is not { Head: not null })
                {
                    continue;
                }

                var document = node.Index.GetDocument(batch.Documents[0], batch.Root, AsOf.Latest);
                var at = document.AsOf.BlockNumber;
                Assert.Equal(decisionBlocks.Count(b => b <= at), document.Decisions.Count);
                Assert.All(document.Decisions, d => Assert.True(d.At.BlockNumber <= at));
                Assert.Equal(batch.Block <= at, node.Index.GetBatch(batch.Root, AsOf.AtBlock(at)) is not null);
                reads[r]++;
            }
        })).ToList();

        Assert.Equal(StepOutcome.CaughtUp, await node.CatchUpAsync());
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.All(reads, count => Assert.True(count > 0));
        Assert.Equal(12, node.Index.GetDocument(batch.Documents[0], null, AsOf.Latest).Decisions.Count);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static ReadModelQueries Model(TestNode node)
    {
        var state = node.ReadModel.For(node.Database) ?? throw new InvalidOperationException("the indexer built no read model of the served file");
        return new ReadModelQueries(state, state.Head!);
    }

    private static string Json(IndexStatus status) => HotReads.Json(status);
}
