using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>The index's status from its stored identity and checkpoint and the indexer's progress (LiteDB and the read model share it).</summary>
internal static class IndexStatuses
{
    public static IndexStatus Of(IndexerProgress progress, IdentityRecord? identity, ulong? indexed, long logCount)
    {
        var (state, head, problem, reorgs, lastContact) = progress.Snapshot();
        var target = head is { } h && h >= progress.Confirmations ? h - progress.Confirmations : 0;
        var lag = indexed is { } i ? (target > i ? target - i : 0) : target;
        return new IndexStatus(
            state,
            identity is null ? null : (ulong)identity.ChainId,
            identity is null ? null : new Hash32(identity.GenesisHash),
            identity is null ? [] : [.. identity.Registries.Select(r => new RegistryIdentity(new Address(r.Address), (ulong)r.DeploymentBlock))],
            indexed,
            head,
            progress.Confirmations,
            lag,
            logCount,
            reorgs,
            lastContact,
            problem);
    }
}
