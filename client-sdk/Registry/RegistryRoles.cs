using System.Text;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Registry;

/// <summary>The registry's AccessControl role ids (the same values its constant getters return).</summary>
public static class RegistryRoles
{
    /// <summary>OpenZeppelin's DEFAULT_ADMIN_ROLE: 32 zero bytes.</summary>
    public static Hash32 DefaultAdmin { get; } = Hash32.Zero;

    /// <summary>keccak256("GOVERNANCE_ROLE"): accredits issuers, manages customs authorities, revokes anything.</summary>
    public static Hash32 Governance { get; } = Keccak256.Hash(Encoding.UTF8.GetBytes("GOVERNANCE_ROLE"));

    /// <summary>keccak256("CUSTOMS_ROLE"): records clearance decisions.</summary>
    public static Hash32 Customs { get; } = Keccak256.Hash(Encoding.UTF8.GetBytes("CUSTOMS_ROLE"));
}
