using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Profiles;

/// <summary>
/// The deployment a command works on, after flags, environment variables and the profile were combined:
/// RPC always; registry, deployment block and node when known.
/// </summary>
public sealed record DeploymentTarget(Uri Rpc, Address? Registry, ulong DeploymentBlock, Uri? Node, string? ProfileName)
{
    /// <summary>The registry address; a one-line error saying how to give one when unknown.</summary>
    public Address RequireRegistry() => Registry
        ?? throw new Infrastructure.CliException("no registry address: pass --registry, set $PROVENANCE_REGISTRY, or use a profile written by 'provenance deploy'");

    /// <summary>The node URL; a one-line error saying how to give one when unknown.</summary>
    public Uri RequireNode() => Node
        ?? throw new Infrastructure.CliException("no ledger node URL: pass --node, set $PROVENANCE_NODE, or add \"node\" to the profile");
}
