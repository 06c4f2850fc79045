using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Lets the issue-throughput figure run the SDK's whole issue path (validate, salt, hash, Merkle tree,
/// proofs, EIP-712 batch signature, bundles) without the chain, as OpenAttestation's wrapDocuments runs
/// without it; anchoring is measured on its own. The bundles it yields name no real transaction.
/// </summary>
internal sealed class UnanchoredSubmitter(ulong chainId) : IAnchorSubmitter
{
    private readonly RegistryDomain _domain = new(chainId, Address.Zero);

    public Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken) =>
        Task.FromResult(new AnchorTerms(_domain, 0));

    public Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken) =>
        Task.FromResult(new AnchorRecord(_domain.ChainId, _domain.Registry, default, 0, DateTimeOffset.UnixEpoch));
}
