using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Profiles;

/// <summary>Deploys a registry and finds what a profile needs about it: chain id and deployment block.</summary>
internal static class RegistryDeployment
{
    public static async Task<(RegistryClient Registry, ulong ChainId, ulong DeploymentBlock)> DeployAsync(TransactionSender sender, Address governance, CancellationToken cancellationToken)
    {
        var chainId = await sender.Rpc.ChainIdAsync(cancellationToken);
        var before = await sender.Rpc.BlockNumberAsync(cancellationToken);
        var registry = await RegistryClient.DeployAsync(sender, governance, cancellationToken);

        // The constructor's RoleGranted log sits in the deployment block: event scans start there.
        var events = await registry.GetEventsAsync(BlockParameter.Number(before + 1), BlockParameter.Latest, cancellationToken);
        return (registry, chainId, events.Count > 0 ? events[0].Position.BlockNumber : before + 1);
    }
}
