using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>What the RPC endpoint serves: chain id, genesis hash, and whether each registry has code there.</summary>
internal sealed record ChainIdentity(ulong ChainId, Hash32 GenesisHash, IReadOnlyList<RegistryIdentity> Registries, IReadOnlyList<Address> RegistriesWithoutCode);
