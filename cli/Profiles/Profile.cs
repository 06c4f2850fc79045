using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Profiles;

/// <summary>
/// Where one deployment lives: the chain's RPC endpoint and id, the registry address and the block it was
/// deployed in (where event scans start), and optionally a ledger node that indexes it.
/// </summary>
public sealed record Profile(string Name, Uri Rpc, ulong ChainId, Address Registry, ulong DeploymentBlock, Uri? Node);
