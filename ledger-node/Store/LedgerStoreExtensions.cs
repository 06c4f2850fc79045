using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Store;

/// <summary>Registers the options, the LiteDB store and its read API (<see cref="ILedgerIndex"/>).</summary>
internal static class LedgerStoreExtensions
{
    public static IHostApplicationBuilder AddLedgerStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LedgerNodeOptions>()
            .Bind(builder.Configuration.GetSection(LedgerNodeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new LedgerFiles(sp.GetRequiredService<IOptions<LedgerNodeOptions>>().Value.DataDirectory));
        builder.Services.AddSingleton(sp =>
        {
            var files = sp.GetRequiredService<LedgerFiles>();
            Directory.CreateDirectory(files.Directory);
            return new LedgerStore(LedgerDatabase.OpenFile(files.CurrentPath()));
        });
        builder.Services.AddSingleton(sp => new IndexerProgress((ulong)sp.GetRequiredService<IOptions<LedgerNodeOptions>>().Value.Confirmations));
        builder.Services.AddSingleton<LedgerIndex>();
        // Hot point reads from memory, the rest from the file (see ReadModelLedgerIndex); the live indexer feeds the model.
        // One decoder for the model and the writer: it keeps the accreditation ids it has read, which direct anchors name.
        builder.Services.AddSingleton(_ => new RegistryEventDecoder());
        builder.Services.AddSingleton(sp => new LedgerReadModel(sp.GetRequiredService<RegistryEventDecoder>()));
        builder.Services.AddSingleton<ILedgerIndex, ReadModelLedgerIndex>();
        return builder;
    }
}
