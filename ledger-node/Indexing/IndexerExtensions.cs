using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>Registers the chain client, the indexer engine, its metrics and the hosted <see cref="AnchorIndexer"/>.</summary>
internal static class IndexerExtensions
{
    public static IHostApplicationBuilder AddAnchorIndexer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<IndexerMetrics>();
        builder.Services.AddSingleton<IndexerGate>();
        builder.Services.AddSingleton(sp => new HttpRpcTransport(sp.GetRequiredService<IOptions<LedgerNodeOptions>>().Value.RpcUrl));
        builder.Services.AddSingleton(sp => new EthRpcClient(sp.GetRequiredService<HttpRpcTransport>()));
        builder.Services.AddSingleton(new LedgerWriter(new RegistryEventDecoder()));
        builder.Services.AddSingleton(sp => new IndexerEngine(
            IndexerSettings.From(sp.GetRequiredService<IOptions<LedgerNodeOptions>>().Value),
            sp.GetRequiredService<EthRpcClient>(),
            sp.GetRequiredService<LedgerStore>(),
            sp.GetRequiredService<LedgerWriter>(),
            sp.GetRequiredService<IndexerProgress>(),
            sp.GetRequiredService<IndexerMetrics>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<IndexerEngine>(),
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddHostedService<AnchorIndexer>();
        return builder;
    }
}
