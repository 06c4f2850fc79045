using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>Registers the chain client, the indexer engine, its metrics, the hosted <see cref="AnchorIndexer"/> and the replay.</summary>
internal static class IndexerExtensions
{
    public static IHostApplicationBuilder AddAnchorIndexer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<IndexerMetrics>();
        builder.Services.AddSingleton<IndexerGate>();
        builder.Services.AddSingleton(sp => new HttpRpcTransport(sp.GetRequiredService<IOptions<LedgerNodeOptions>>().Value.RpcUrl));
        builder.Services.AddSingleton(sp => new EthRpcClient(sp.GetRequiredService<HttpRpcTransport>()));
        // The decoder is the store's (AddLedgerStore), shared with the read model.
        builder.Services.AddSingleton(sp => new LedgerWriter(sp.GetRequiredService<RegistryEventDecoder>()));
        builder.Services.AddSingleton(sp => Engine(
            sp, sp.GetRequiredService<LedgerStore>(), sp.GetRequiredService<IndexerProgress>(), sp.GetRequiredService<IndexerMetrics>(), sp.GetRequiredService<LedgerReadModel>()));
        builder.Services.AddSingleton<ILedgerReplay>(sp => new LedgerReplay(
            sp.GetRequiredService<LedgerStore>(),
            sp.GetRequiredService<LedgerFiles>(),
            sp.GetRequiredService<IndexerGate>(),
            // A replay has its own progress, no metrics and no read model: the live index's health, gauges and model
            // stay the live ones (the model rebuilds from the new file when the live indexer first steps on it).
            store => Engine(sp, store, new IndexerProgress(sp.GetRequiredService<IndexerProgress>().Confirmations), metrics: null, readModel: null),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LedgerReplay>>()));
        builder.Services.AddHostedService<AnchorIndexer>();
        return builder;
    }

    private static IndexerEngine Engine(IServiceProvider services, LedgerStore store, IndexerProgress progress, IndexerMetrics? metrics, LedgerReadModel? readModel) => new(
        IndexerSettings.From(services.GetRequiredService<IOptions<LedgerNodeOptions>>().Value),
        services.GetRequiredService<EthRpcClient>(),
        store,
        services.GetRequiredService<LedgerWriter>(),
        progress,
        metrics,
        services.GetRequiredService<ILoggerFactory>().CreateLogger<IndexerEngine>(),
        services.GetRequiredService<TimeProvider>(),
        readModel);
}
