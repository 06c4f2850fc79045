using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>A followed registry contract and the block it was deployed in (indexing starts there).</summary>
public sealed record RegistryIdentity(Address Address, ulong DeploymentBlock);
