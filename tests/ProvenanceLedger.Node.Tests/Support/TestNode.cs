using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>A ledger node without its host: store, read API and indexer engine, stepped by the test.</summary>
internal sealed class TestNode : IDisposable
{
    private readonly IndexerEngine _engine;
    private readonly IDisposable? _ownedTransport;

    /// <summary>
    /// A node whose writer and read model share one decoder, as the node wires them: a test that needs its own (to hook
    /// a seam) builds it on the decoder it is given, so what the writer learns from the registry the model knows too.
    /// </summary>
    public TestNode(
        IRpcTransport transport,
        LedgerDatabase database,
        IndexerSettings settings,
        Func<RegistryEventDecoder, LedgerWriter>? writer = null,
        Func<RegistryEventDecoder, LedgerReadModel>? readModel = null,
        ILogger? logger = null)
    {
        Rpc = new EthRpcClient(transport);
        Store = new LedgerStore(database);
        Progress = new IndexerProgress(settings.Confirmations);
        StoreIndex = new LedgerIndex(Store, Progress);
        var decoder = new RegistryEventDecoder();
        ReadModel = readModel?.Invoke(decoder) ?? new LedgerReadModel(decoder);
        Index = new ReadModelLedgerIndex(StoreIndex, ReadModel, Store, Progress);
        _engine = new IndexerEngine(
            settings, Rpc, Store, writer?.Invoke(decoder) ?? new LedgerWriter(decoder), Progress, null, logger ?? NullLogger.Instance, TimeProvider.System, ReadModel);
    }

    private TestNode(HttpRpcTransport ownedTransport, LedgerDatabase database, IndexerSettings settings)
        : this((IRpcTransport)ownedTransport, database, settings, writer: null) => _ownedTransport = ownedTransport;

    public EthRpcClient Rpc { get; }

    public LedgerStore Store { get; }

    public IndexerProgress Progress { get; }

    /// <summary>The index as the node serves it: hot reads from the read model, the rest from the store.</summary>
    public ILedgerIndex Index { get; }

    /// <summary>The store's own index (every read from LiteDB).</summary>
    public LedgerIndex StoreIndex { get; }

    public LedgerReadModel ReadModel { get; }

    public LedgerDatabase Database => Store.Current;

    /// <summary>Blocks the engine's next eth_getLogs range spans.</summary>
    public ulong RangeSize => _engine.RangeSize;

    /// <summary>Settings that follow <paramref name="scenario"/>'s registry from its deployment block, with no confirmations.</summary>
    public static IndexerSettings Settings(
        RegistryScenario scenario,
        int initialRange = 2_000,
        int maxRange = 100_000,
        bool resetOnChainChange = false,
        int catchUpLogs = LedgerNodeOptions.DefaultCatchUpLogsPerTransaction) =>
        new([new RegistryIdentity(scenario.Registry, scenario.DeploymentBlock)], Confirmations: 0, ReorgMargin: 64, ReadyLag: 0, initialRange, maxRange, TargetLogsPerRange: 5_000, resetOnChainChange, catchUpLogs);

    /// <summary>
    /// Settings that follow <paramref name="scenario"/>'s registry from <paramref name="firstBlock"/>, as a node whose
    /// deployment block was set after some of its events (its store never holds them).
    /// </summary>
    public static IndexerSettings SettingsFrom(RegistryScenario scenario, ulong firstBlock) =>
        Settings(scenario) with { Registries = [new RegistryIdentity(scenario.Registry, firstBlock)] };

    /// <summary>A node on a connection of its own to the chain at <paramref name="rpcUrl"/> (closed with the node).</summary>
    public static TestNode Connect(Uri rpcUrl, LedgerDatabase database, IndexerSettings settings) =>
        new(new HttpRpcTransport(rpcUrl), database, settings);

    /// <summary>A node with an in-memory store that follows <paramref name="scenario"/>'s registry with default settings.</summary>
    public static TestNode InMemory(Uri rpcUrl, RegistryScenario scenario) => Connect(rpcUrl, LedgerDatabase.OpenInMemory(), Settings(scenario));

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

    public void Dispose()
    {
        Store.Dispose();
        _ownedTransport?.Dispose();
    }
}
