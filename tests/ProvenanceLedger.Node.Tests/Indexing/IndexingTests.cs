using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public class IndexingTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task A_node_that_starts_after_the_grant_asks_the_registry_what_a_direct_anchor_names_and_rebuilds_its_model_after_a_restart()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var startAfterGrant = await scenario.Rpc.BlockNumberAsync(CancellationToken.None) + 1;
        var batch = await scenario.AnchorAsync(scenario.NewDocuments(2));
        var settings = TestNode.SettingsFrom(scenario, startAfterGrant);
        var folder = Directory.CreateTempSubdirectory("late-start-");
        try
        {
            var path = Path.Combine(folder.FullName, "ledger.db");
            using (var first = TestNode.Connect(chain.RpcUrl, LedgerDatabase.OpenFile(path), settings))
            {
                Assert.Equal(StepOutcome.CaughtUp, await first.CatchUpAsync());

                var named = first.Index.GetBatch(batch.Root, AsOf.Latest)!;
                Assert.Equal((scenario.IssuerKey.Address, RegistryScenario.CertificateType, 2u), (named.Issuer, named.DocType, named.Count));
            }

            // A new process: its decoder knows no accreditation, and the store holds the anchor but not the grant.
            using var restarted = TestNode.Connect(chain.RpcUrl, LedgerDatabase.OpenFile(path), settings);
            Assert.Equal(StepOutcome.CaughtUp, await restarted.CatchUpAsync());

            Assert.NotNull(restarted.ReadModel.For(restarted.Database));
            var indexed = restarted.Index.GetBatch(batch.Root, AsOf.Latest)!;
            Assert.Equal((scenario.IssuerKey.Address, RegistryScenario.CertificateType, 2u), (indexed.Issuer, indexed.DocType, indexed.Count));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_relayed_batch_keeps_its_uri_and_relayer_in_the_store_and_in_the_read_model_built_either_way()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var direct = await scenario.AnchorAsync(scenario.NewDocuments(2));
        var relayed = await scenario.AnchorRelayedAsync(scenario.NewDocuments(3), "https://ccs.example/batches/relayed-1");
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);

        Assert.Equal(StepOutcome.CaughtUp, await node.CatchUpAsync());

        var expected = (scenario.IssuerKey.Address, RegistryScenario.CertificateType, 3u, "https://ccs.example/batches/relayed-1", scenario.RelayerKey.Address, relayed.Block);
        var stored = node.StoreIndex.GetBatch(relayed.Root, AsOf.Latest)!;
        Assert.Equal(expected, (stored.Issuer, stored.DocType, stored.Count, stored.Uri, stored.Relayer, stored.Anchored.BlockNumber));
        var storedDirect = node.StoreIndex.GetBatch(direct.Root, AsOf.Latest)!;
        Assert.Equal(("", scenario.IssuerKey.Address), (storedDirect.Uri, storedDirect.Relayer));

        // The model as the indexer appended it range by range, then as rebuilt from the store's raw logs.
        Assert.NotNull(node.ReadModel.For(node.Database));
        var appended = node.Index.GetBatch(relayed.Root, AsOf.Latest)!;
        Assert.Equal(expected, (appended.Issuer, appended.DocType, appended.Count, appended.Uri, appended.Relayer, appended.Anchored.BlockNumber));
        node.ReadModel.Forget();
        node.ReadModel.Follow(node.Database);
        Assert.NotNull(node.ReadModel.For(node.Database));
        var rebuilt = node.Index.GetBatch(relayed.Root, AsOf.Latest)!;
        Assert.Equal(expected, (rebuilt.Issuer, rebuilt.DocType, rebuilt.Count, rebuilt.Uri, rebuilt.Relayer, rebuilt.Anchored.BlockNumber));
        var rebuiltDirect = node.Index.GetBatch(direct.Root, AsOf.Latest)!;
        Assert.Equal(("", scenario.IssuerKey.Address), (rebuiltDirect.Uri, rebuiltDirect.Relayer));
    }

    [Fact]
    public async Task Index_holds_every_registry_event_as_the_contract_reports_it()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);

        Assert.Equal(StepOutcome.CaughtUp, await node.CatchUpAsync());

        var index = node.Index;
        var batchA = index.GetBatch(run.A.Root, AsOf.Latest)!;
        Assert.Equal(scenario.IssuerKey.Address, batchA.Issuer);
        Assert.Equal(RegistryScenario.CertificateType, batchA.DocType);
        Assert.Equal(5u, batchA.Count);
        Assert.Equal("", batchA.Uri); // a direct anchor logs no URI
        Assert.Equal(scenario.IssuerKey.Address, batchA.Relayer);
        Assert.Equal(run.A.Block, batchA.Anchored.BlockNumber);
        Assert.Equal(scenario.Registry, batchA.Anchored.Registry);
        Assert.Null(batchA.Revocation);

        var batchC = index.GetBatch(run.C.Root, AsOf.Latest)!;
        Assert.Equal(RevocationReason.IssuedInError, batchC.Revocation!.Reason);
        Assert.Equal(run.BatchRevokedBlock, batchC.Revocation.At.BlockNumber);
        Assert.True(batchC.Revocation.IsBatch);

        var revoked = index.GetDocument(run.A.Documents[1], null, AsOf.Latest);
        Assert.Equal(RevocationReason.Fraud, revoked.Revocation!.Reason);
        Assert.Equal(run.A.Root, revoked.Revocation.Root);
        Assert.Equal(scenario.IssuerKey.Address, revoked.Revocation.RevokedBy);
        Assert.True(revoked.IsRevoked);

        var old = index.GetDocument(run.A.Documents[2], null, AsOf.Latest);
        Assert.Equal(run.B.Documents[0], old.SupersededBy!.NewHash);
        Assert.Equal(run.B.Root, old.SupersededBy.NewRoot);
        Assert.Equal(run.SupersededBlock, old.SupersededBy.At.BlockNumber);
        var newer = index.GetDocument(run.B.Documents[0], null, AsOf.Latest);
        Assert.Equal(run.A.Documents[2], Assert.Single(newer.Supersedes).OldHash);
        Assert.False(newer.IsSuperseded);

        var decided = index.GetDocument(run.A.Documents[0], run.A.Root, AsOf.Latest);
        Assert.Equal([CustomsDecision.Released, CustomsDecision.Held], decided.Decisions.Select(d => d.Decision));
        Assert.Equal([0u, 1u], decided.Decisions.Select(d => d.Index));
        Assert.Equal(["CL-DEC-0001", "CL-DEC-0002"], decided.Decisions.Select(d => d.DeclarationRef));
        Assert.All(decided.Decisions, d => Assert.Equal("CL", d.Country));
        Assert.All(decided.Decisions, d => Assert.Equal(scenario.CustomsKey.Address, d.Authority));
        Assert.False(decided.IsRevoked);

        var inRevokedBatch = index.GetDocument(run.C.Documents[0], run.C.Root, AsOf.Latest);
        Assert.Equal(run.C.Root, Assert.Single(inRevokedBatch.BatchRevocations).Target);
        Assert.True(inRevokedBatch.IsRevoked);
        Assert.True(index.GetDocument(run.B.Documents[2], run.B.Root, AsOf.Latest).IsUnknown);

        var authority = Assert.Single(index.ListCustomsAuthorities(AsOf.Latest));
        Assert.Equal(scenario.CustomsKey.Address, authority.Authority);
        Assert.Equal("CL", authority.Country);
        Assert.True(authority.IsActive);
    }

    [Fact]
    public async Task Accreditation_history_rebuilt_by_the_index_equals_the_contracts_periods()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);
        await node.CatchUpAsync();

        var issuer = node.Index.GetIssuer(scenario.IssuerKey.Address, AsOf.Latest)!;
        var accreditation = Assert.Single(issuer.Accreditations);
        var contractPeriods = await scenario.Governance.GetAccreditationPeriodsAsync(scenario.IssuerKey.Address, RegistryScenario.CertificateType);

        Assert.Equal(contractPeriods, accreditation.Periods);
        Assert.Equal(AccreditationStatus.Active, accreditation.Status);
        Assert.Equal("Cámara de Comercio de Santiago", accreditation.Name);
        Assert.Equal("https://ccs.example", accreditation.Uri);
        Assert.Equal(
            [AccreditationChange.Granted, AccreditationChange.Suspended, AccreditationChange.Reinstated],
            accreditation.History.Select(h => h.Change));
        Assert.Equal(AccreditationReason.Administrative, accreditation.History[1].Reason);

        var suspended = Assert.Single(node.Index.GetIssuer(scenario.IssuerKey.Address, AsOf.AtBlock(run.SuspendedBlock))!.Accreditations);
        Assert.Equal(AccreditationStatus.Suspended, suspended.Status);
        Assert.Equal(
            await scenario.Governance.GetAccreditationPeriodsAsync(scenario.IssuerKey.Address, RegistryScenario.CertificateType, BlockParameter.Number(run.SuspendedBlock)),
            suspended.Periods);
        Assert.Contains(node.Index.ListIssuers(AsOf.Latest), i => i.Issuer == scenario.IssuerKey.Address);
    }

    [Fact]
    public async Task Queries_as_of_an_earlier_block_or_time_see_the_ledger_as_it_was()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);
        await node.CatchUpAsync();
        var index = node.Index;

        Assert.Null(index.GetBatch(run.A.Root, AsOf.AtBlock(run.A.Block - 1)));
        Assert.NotNull(index.GetBatch(run.A.Root, AsOf.AtBlock(run.A.Block)));
        Assert.Null(index.GetBatch(run.C.Root, AsOf.AtBlock(run.BatchRevokedBlock - 1))!.Revocation);
        Assert.NotNull(index.GetBatch(run.C.Root, AsOf.AtBlock(run.BatchRevokedBlock))!.Revocation);
        Assert.Single(index.GetDocument(run.A.Documents[0], null, AsOf.AtBlock(run.DecisionBlocks[0])).Decisions);

        var revokedAt = index.GetDocument(run.A.Documents[1], null, AsOf.Latest).Revocation!.At.BlockTime;
        Assert.Null(index.GetDocument(run.A.Documents[1], null, AsOf.AtTime(revokedAt.AddSeconds(-1))).Revocation);
        var atTime = index.GetDocument(run.A.Documents[1], null, AsOf.AtTime(revokedAt));
        Assert.NotNull(atTime.Revocation);
        Assert.Equal(run.DocumentRevokedBlock, atTime.AsOf.BlockNumber);
    }

    [Fact]
    public async Task Decisions_page_in_chain_order_with_filters()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        var run = await ScenarioRun.RunAsync(scenario);
        using var node = TestNode.InMemory(chain.RpcUrl, scenario);
        await node.CatchUpAsync();

        var first = node.Index.ListDecisions(new DecisionQuery { Limit = 2, FromBlock = run.A.Block });
        var second = node.Index.ListDecisions(new DecisionQuery { Limit = 2, FromBlock = run.A.Block, Cursor = first.NextCursor });

        Assert.Equal(["CL-DEC-0001", "CL-DEC-0002"], first.Items.Select(d => d.DeclarationRef));
        Assert.NotNull(first.NextCursor);
        Assert.Equal(["CL-DEC-0003"], second.Items.Select(d => d.DeclarationRef));
        Assert.Null(second.NextCursor);
        Assert.Equal(["CL-DEC-0003"], node.Index.ListDecisions(new DecisionQuery { Decision = CustomsDecision.Rejected, FromBlock = run.A.Block }).Items.Select(d => d.DeclarationRef));
        Assert.Equal(2, node.Index.ListDecisions(new DecisionQuery { DocHash = run.A.Documents[0] }).Items.Count);
        Assert.Throws<ArgumentException>(() => node.Index.ListDecisions(new DecisionQuery { Cursor = "not-a-cursor" }));
        var batches = node.Index.ListBatches(new BatchQuery { Issuer = scenario.IssuerKey.Address, Limit = 1000 });
        Assert.Equal([run.A.Root, run.B.Root, run.C.Root], batches.Items.Where(b => b.Anchored.Registry == scenario.Registry).Select(b => b.Root));
    }

    [Fact]
    public async Task Digest_at_every_block_equals_an_independent_ethers_replay_of_eth_getLogs()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        await ScenarioRun.RunAsync(scenario);
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        using var node = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 3));
        await node.CatchUpAsync();
        var indexed = node.Index.GetStatus().IndexedBlock!.Value;

        var ethers = await EthersDigest.ComputeAsync(chain.RpcUrl, scenario.Registry, scenario.DeploymentBlock, indexed);

        var digest = node.Index.GetDigest(AsOf.Latest);
        Assert.Equal(ethers.Digest, digest.Digest.ToString());
        Assert.Equal(ethers.LogCount, digest.LogCount);
        Assert.True(ethers.LogCount >= 16, $"the scenario emits at least 16 registry logs, got {ethers.LogCount}");
        foreach (var (block, expected) in ethers.ByBlock)
        {
            Assert.Equal(expected, node.Index.GetDigest(AsOf.AtBlock(block)).Digest.ToString());
        }

        Assert.Equal(ethers.LogCount, node.Index.GetLogs(scenario.DeploymentBlock, indexed, 10_000).Count);
        Assert.True(StoredDigestCheck.Run(node.Database).IsIntact);
    }
}
