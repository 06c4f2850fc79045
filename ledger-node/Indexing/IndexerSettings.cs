using ProvenanceLedger.Node.Configuration;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>The indexer's settings in typed form (parsed once from <see cref="LedgerNodeOptions"/>).</summary>
internal sealed record IndexerSettings(
    IReadOnlyList<RegistryIdentity> Registries,
    ulong Confirmations,
    ulong ReorgMargin,
    ulong ReadyLag,
    int InitialRange,
    int MaxRange,
    int TargetLogsPerRange,
    bool ResetOnChainChange,
    int CatchUpLogsPerTransaction = LedgerNodeOptions.DefaultCatchUpLogsPerTransaction)
{
    public static IndexerSettings From(LedgerNodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new IndexerSettings(
            [.. options.Registries.Select(r => new RegistryIdentity(Address.Parse(r.Address), r.DeploymentBlock))],
            (ulong)options.Confirmations,
            (ulong)options.ReorgMargin,
            (ulong)options.ReadyLag,
            options.InitialRange,
            options.MaxRange,
            options.TargetLogsPerRange,
            options.ResetOnChainChange,
            options.CatchUpLogsPerTransaction);
    }
}
