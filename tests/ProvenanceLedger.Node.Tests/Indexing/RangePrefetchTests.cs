using System.Collections.Concurrent;
using System.Globalization;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Indexing;

[Collection(ChainCollection.Name)]
public class RangePrefetchTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task The_next_range_is_requested_before_the_previous_one_is_written_and_every_range_is_read_once()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        await ScenarioRun.RunAsync(scenario);
        using var http = new HttpRpcTransport(chain.RpcUrl);
        var recording = new RecordingTransport(http);
        TestNode? node = null;
        var writesSeen = new List<(long Checkpoint, ulong[] BlocksRequested)>();
        Func<RegistryEventDecoder, LedgerWriter> writer = decoder => new LedgerWriter(decoder)
        {
            // At every write: the checkpoint the transaction sees, and the first block of every header batch requested so far.
            AfterEachWrite = () => writesSeen.Add((LedgerWriter.Checkpoint(node!.Database)?.BlockNumber ?? -1, [.. recording.BatchFirstBlocks])),
        };
        node = new TestNode(recording, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 3, maxRange: 3, catchUpLogs: 0), writer);
        using (node)
        {
            await node.CatchUpAsync();
            using var reference = new TestNode(http, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario));
            await reference.CatchUpAsync();

            var indexed = (ulong)LedgerWriter.Checkpoint(node.Database)!.BlockNumber;
            var ranges = Enumerable.Range(0, (int)((indexed - scenario.DeploymentBlock) / 3) + 1)
                .Select(i => scenario.DeploymentBlock + (ulong)(i * 3))
                .ToList();
            Assert.Equal(StoreDump.Of(reference.Database), StoreDump.Of(node.Database));
            Assert.Equal(ranges.Count, recording.GetLogsCalls);
            foreach (var rangeStart in ranges.SkipLast(1))
            {
                // The range after [rangeStart, rangeStart + 2] starts at rangeStart + 3: its edges were requested before this range's first
                // write. The last write of a range (its checkpoint) already sees the new checkpoint, so the first write of a later range is
                // the second one that sees the previous range's checkpoint.
                var firstWrite = rangeStart == scenario.DeploymentBlock
                    ? writesSeen.First(w => w.Checkpoint == -1)
                    : writesSeen.Where(w => w.Checkpoint == (long)rangeStart - 1).Skip(1).First();
                Assert.Contains(rangeStart + 3, firstWrite.BlocksRequested);
            }
        }
    }

    [Fact]
    public async Task A_prefetch_discarded_after_its_logs_came_back_leaves_the_range_size_alone()
    {
        using var scenario = await RegistryScenario.DeployAsync(chain);
        await ScenarioRun.RunAsync(scenario);
        using var http = new HttpRpcTransport(chain.RpcUrl);
        var recording = new RecordingTransport(http);
        var failed = false;
        Func<RegistryEventDecoder, LedgerWriter> writer = decoder => new LedgerWriter(decoder)
        {
            // The first write fails (a full disk), but only once the prefetch of the next range has its answer:
            // the engine discards that prefetch, which must not have taught the engine's range anything.
            AfterEachWrite = () =>
            {
                if (failed)
                {
                    return;
                }

                failed = true;
                Assert.True(SpinWait.SpinUntil(() => recording.GetLogsAnswered >= 2, TimeSpan.FromSeconds(30)), "the prefetch never got its logs");
                // Its header batch follows the logs: wait for its answer, then for the few instructions that adapt
                // whatever range the read holds (no further I/O), rather than a fixed time a slow machine may outlast.
                Assert.True(SpinWait.SpinUntil(() => recording.BatchesAnswered >= 2, TimeSpan.FromSeconds(30)), "the prefetch never got its headers");
                Thread.Sleep(50);
                throw new IOException("disk full");
            },
        };
        using var node = new TestNode(recording, LedgerDatabase.OpenInMemory(), TestNode.Settings(scenario, initialRange: 1, maxRange: 64, catchUpLogs: 0), writer);

        await Assert.ThrowsAsync<IOException>(node.StepAsync);

        // The first range (1 block, sparse) doubled the size to 2; the discarded prefetch (2 blocks, sparse) would have made it 4.
        Assert.Equal(2UL, node.RangeSize);
        Assert.Equal(StepOutcome.CaughtUp, await node.CatchUpAsync());
    }

    /// <summary>Passes requests on, counting eth_getLogs (asked and answered) and remembering the first block of each header batch.</summary>
    private sealed class RecordingTransport(IRpcTransport inner) : IRpcTransport
    {
        private readonly ConcurrentQueue<ulong> _batchFirstBlocks = new();
        private int _getLogsCalls;
        private int _getLogsAnswered;
        private int _batchesAnswered;

        public IReadOnlyCollection<ulong> BatchFirstBlocks => _batchFirstBlocks;

        public int BatchesAnswered => Volatile.Read(ref _batchesAnswered);

        public int GetLogsCalls => Volatile.Read(ref _getLogsCalls);

        public int GetLogsAnswered => Volatile.Read(ref _getLogsAnswered);

        public async Task<T> SendRequestAsync<T>(RpcRequest request, CancellationToken cancellationToken)
        {
            if (request.Method != "eth_getLogs")
            {
                return await inner.SendRequestAsync<T>(request, cancellationToken);
            }

            Interlocked.Increment(ref _getLogsCalls);
            var answer = await inner.SendRequestAsync<T>(request, cancellationToken);
            Interlocked.Increment(ref _getLogsAnswered);
            return answer;
        }

        public async Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken)
        {
            if (requests.Count > 0 && requests[0].Method == "eth_getBlockByNumber" && requests[0].Parameters[0] is string quantity)
            {
                _batchFirstBlocks.Enqueue(ulong.Parse(quantity.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }

            var answers = await inner.SendBatchAsync(requests, cancellationToken);
            Interlocked.Increment(ref _batchesAnswered);
            return answers;
        }
    }
}
