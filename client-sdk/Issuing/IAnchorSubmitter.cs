using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// Puts an issuer-signed batch on chain. <see cref="DirectAnchorSubmitter"/> sends <c>anchor</c> from the
/// issuer's own account; <see cref="RelayedAnchorSubmitter"/> sends <c>anchorBySig</c> from a relayer's
/// account; a remote relay (e.g. the node's POST /api/v1/anchors) implements the same two calls over HTTP.
/// Batches are submitted one at a time, in order: the nonce of <see cref="PrepareAsync"/> is consumed by
/// the next successful <see cref="SubmitAsync"/>.
/// </summary>
public interface IAnchorSubmitter
{
    /// <summary>The registry's EIP-712 domain and the issuer's next anchorBySig nonce, needed to sign the next batch.</summary>
    Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken);

    /// <summary>Anchors the signed batch and returns where it was mined.</summary>
    /// <exception cref="IssuingException">The batch was refused (the message says why).</exception>
    Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken);
}

/// <summary>What an issuer needs to sign its next batch.</summary>
public sealed record AnchorTerms(RegistryDomain Domain, BigInteger Nonce);

/// <summary>A batch message with its issuer's EIP-712 signature, ready to anchor.</summary>
public sealed record SignedAnchorBatch(AnchorBatchMessage Message, Address Issuer, EthereumSignature Signature, RegistryDomain Domain);
