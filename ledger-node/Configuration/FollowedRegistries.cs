using Microsoft.Extensions.Options;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Configuration;

/// <summary>
/// The registries this node follows (Ledger:Registries), parsed once: every verification and every relayed batch
/// checks its registry against them, and parsing a checksummed address hashes it.
/// </summary>
internal sealed class FollowedRegistries(IOptions<LedgerNodeOptions> ledger)
{
    public IReadOnlyList<Address> Addresses { get; } = [.. ledger.Value.Registries.Select(r => Address.Parse(r.Address))];
}
