using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>The index's health: which chain it belongs to, how far it reaches, and how far behind it is.</summary>
/// <param name="State">What the index can be trusted for.</param>
/// <param name="ChainId">Chain id the index belongs to (null before the first contact with the chain).</param>
/// <param name="GenesisHash">Genesis block hash of that chain.</param>
/// <param name="Registries">The followed registries.</param>
/// <param name="IndexedBlock">The last fully indexed block (null before the first range).</param>
/// <param name="HeadBlock">The chain head when last seen (null if never reached).</param>
/// <param name="Confirmations">Blocks the indexer stays behind the head.</param>
/// <param name="Lag">Head minus confirmations minus indexed block (0 when caught up).</param>
/// <param name="LogCount">Registry logs indexed.</param>
/// <param name="Reorgs">Reorgs rolled back since the process started.</param>
/// <param name="LastContactUtc">When the chain last answered.</param>
/// <param name="Problem">Why the index is degraded or mismatched (null when fine).</param>
public sealed record IndexStatus(
    IndexState State,
    ulong? ChainId,
    Hash32? GenesisHash,
    IReadOnlyList<RegistryIdentity> Registries,
    ulong? IndexedBlock,
    ulong? HeadBlock,
    ulong Confirmations,
    ulong Lag,
    long LogCount,
    long Reorgs,
    DateTimeOffset? LastContactUtc,
    string? Problem);
