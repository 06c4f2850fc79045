using System.ComponentModel.DataAnnotations;

namespace ProvenanceLedger.Node.Configuration;

/// <summary>A registry deployment to follow.</summary>
public sealed class RegistryOptions
{
    /// <summary>The contract address (0x…).</summary>
    [Required]
    public string Address { get; set; } = "";

    /// <summary>The block it was deployed in; indexing starts there.</summary>
    public ulong DeploymentBlock { get; set; }
}
