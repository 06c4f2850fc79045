using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public sealed class CatchUpTransactionTests(HardhatChainFixture chain)
{
    private const int RangeBlocks = 2;
    private const int CatchUpLogs = 8;

    [Fact]
    public async Task Catching_up_joins_ranges_into_transactions_of_at_least_the_log_budget_and_stores_the_same_index()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        for (var i = 0; i < 12; i++)
        {
            var batch = await scenario.AnchorAsync(scenario.NewDocuments(2));
            await scenario.Customs.RecordDecisionAsync(batch.Documents[0], CustomsDecision.Released, $"CL-{i:D4}");
        }

        using var transport = new HttpRpcTransport(chain.RpcUrl);
        using var reference = new TestNode(transport, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, catchUpLogs: 0));
        await reference.CatchUpAsync();
        var head = (ulong)LedgerWriter.Checkpoint(reference.Database)!.BlockNumber;
        var logsByBlock = reference.Database.Blocks.FindAll().Where(b => b.LogCount > 0).ToDictionary(b => (ulong)b.Id, b => b.LogCount);

        TestNode? node = null;
        var checkpoints = new List<(long Block, long TotalLogs)>();
        Func<RegistryEventDecoder, LedgerWriter> writer = decoder => new LedgerWriter(decoder)
        {
            // The checkpoint each write sees inside its transaction: after a transaction's last write, the one it commits.
            AfterEachWrite = () =>
            {
                if (LedgerWriter.Checkpoint(node!.Database) is { } seen && (checkpoints.Count == 0 || checkpoints[^1].Block != seen.BlockNumber))
                {
                    checkpoints.Add((seen.BlockNumber, seen.TotalLogs));
                }
            },
        };
        var settings = TestNode.Settings(scenario, initialRange: RangeBlocks, maxRange: RangeBlocks, catchUpLogs: CatchUpLogs);
        node = new TestNode(transport, LedgerDatabase.OpenInMemory(), settings, writer);
        using (node)
        {
            await node.CatchUpAsync();

            var expected = ExpectedTransactions(scenario.DeploymentBlock, head, logsByBlock);
            var ranges = (int)((head - scenario.DeploymentBlock) / RangeBlocks) + 1;
            Assert.Equal(expected, checkpoints);
            Assert.True(expected.Count * 2 <= ranges, $"{expected.Count} transactions for {ranges} ranges: the test chain no longer makes joined transactions");
            Assert.Equal(StoreDump.Of(reference.Database), StoreDump.Of(node.Database));
            Assert.Equal(reference.Index.GetDigest(AsOf.Latest), node.Index.GetDigest(AsOf.Latest));
        }
    }

    // The engine's rule, spelled out: a transaction starts with one range and joins the next while it holds fewer
    // than CatchUpLogs logs and the head is not reached.
    private static List<(long Block, long TotalLogs)> ExpectedTransactions(ulong deployment, ulong head, Dictionary<ulong, int> logsByBlock)
    {
        var transactions = new List<(long, long)>();
        var total = 0L;
        for (var from = deployment; from <= head;)
        {
            var to = from - 1;
            var logs = 0;
            do
            {
                var rangeFrom = to + 1;
                to = Math.Min(head, rangeFrom + RangeBlocks - 1);
                for (var block = rangeFrom; block <= to; block++)
                {
                    logs += logsByBlock.GetValueOrDefault(block);
                }
            }
            while (to < head && logs < CatchUpLogs);

            total += logs;
            transactions.Add(((long)to, total));
            from = to + 1;
        }

        return transactions;
    }
}
