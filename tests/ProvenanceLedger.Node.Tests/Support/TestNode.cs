using Microsoft.Extensions.Logging.Abstractions;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>A ledger node without its host: store, read API and indexer engine, stepped by the test.</summary>
internal sealed class TestNode : IDisposable
{
    private readonly IndexerEngine _engine;

    public TestNode(IRpcTransport transport, LedgerDatabase database, IndexerSettings settings, LedgerWriter? writer = null, LedgerReadModel? readModel = null)
    {
        Rpc = new EthRpcClient(transport);
        Store = new LedgerStore(database);
        Progress = new IndexerProgress(settings.Confirmations);
        StoreIndex = new LedgerIndex(Store, Progress);
        ReadModel = readModel ?? new LedgerReadModel(new RegistryEventDecoder());
        Index = new ReadModelLedgerIndex(StoreIndex, ReadModel, Store, Progress);
        _engine = new IndexerEngine(
            settings, Rpc, Store, writer ?? new LedgerWriter(new RegistryEventDecoder()), Progress, null, NullLogger.Instance, TimeProvider.System, ReadModel);
    }

    public EthRpcClient Rpc { get; }

    public LedgerStore Store { get; }

    public IndexerProgress Progress { get; }

    /// <summary>The index as the node serves it: hot reads from the read model, the rest from the store.</summary>
    public ILedgerIndex Index { get; }

    /// <summary>The store's own index (every read from LiteDB).</summary>
    public LedgerIndex StoreIndex { get; }

    public LedgerReadModel ReadModel { get; }

    public LedgerDatabase Database => Store.Current;

    public static IndexerSettings Settings(
        Address registry,
        ulong deploymentBlock,
        int initialRange = 2_000,
        int maxRange = 100_000,
        bool resetOnChainChange = false,
        int catchUpLogs = LedgerNodeOptions.DefaultCatchUpLogsPerTransaction) =>
        new([new RegistryIdentity(registry, deploymentBlock)], Confirmations: 0, ReorgMargin: 64, ReadyLag: 0, initialRange, maxRange, TargetLogsPerRange: 5_000, resetOnChainChange, catchUpLogs);

    public Task<StepOutcome> StepAsync() => _engine.StepAsync(CancellationToken.None);

    /// <summary>Steps until the index reaches the chain head (or the engine refuses the chain).</summary>
    public async Task<StepOutcome> CatchUpAsync(int maxSteps = 10_000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            var outcome = await StepAsync();
            if (outcome != StepOutcome.Progressed)
            {
                return outcome;
            }
        }

        throw new InvalidOperationException($"the index did not catch up in {maxSteps} steps");
    }

    /// <summary>Steps once, reporting a failure the way the hosted loop does.</summary>
    public async Task<Exception?> StepReportingFailureAsync()
    {
        try
        {
            await StepAsync();
            return null;
        }
        catch (RpcException e)
        {
            _engine.Failed(e);
            return e;
        }
    }

    public void Dispose() => Store.Dispose();
}
