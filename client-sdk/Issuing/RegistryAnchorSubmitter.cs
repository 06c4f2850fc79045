using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>What the direct and relayed submitters share: terms from the registry, the anchor record from the receipt.</summary>
public abstract class RegistryAnchorSubmitter : IAnchorSubmitter
{
    /// <summary>Creates a submitter sending through <paramref name="registry"/> (which must have a sender).</summary>
    protected RegistryAnchorSubmitter(RegistryClient registry) => Registry = registry ?? throw new ArgumentNullException(nameof(registry));

    /// <summary>The registry client whose sender pays.</summary>
    protected RegistryClient Registry { get; }

    /// <inheritdoc />
    public async Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken) =>
        new(await Registry.GetDomainAsync(cancellationToken), await Registry.NoncesAsync(issuer, cancellationToken: cancellationToken));

    /// <inheritdoc />
    public async Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        RegistryTransaction<BatchAnchoredEvent> anchored;
        try
        {
            anchored = await SendAsync(batch, cancellationToken);
        }
        catch (ContractRevertException e)
        {
            throw new IssuingException($"the registry refused batch {batch.Message.Root}: {e.Message}", e);
        }

        var block = await Registry.Rpc.GetBlockByNumberAsync(anchored.Receipt.BlockNumber, cancellationToken)
            ?? throw new IssuingException($"block {anchored.Receipt.BlockNumber} of the anchoring transaction is not available; was the chain reorganised?");
        return new AnchorRecord(batch.Domain.ChainId, Registry.Address, anchored.Receipt.TransactionHash, block.Number, block.Time);
    }

    /// <summary>Sends the anchoring transaction.</summary>
    protected abstract Task<RegistryTransaction<BatchAnchoredEvent>> SendAsync(SignedAnchorBatch batch, CancellationToken cancellationToken);
}

/// <summary>
/// Anchors with <c>anchor</c> from the issuer's own account (the issuer pays the gas, the least an anchor costs). The
/// signed message's URI stays in the bundles' signature; only a relayed anchor logs it on chain.
/// </summary>
public sealed class DirectAnchorSubmitter(RegistryClient issuerRegistry) : RegistryAnchorSubmitter(issuerRegistry)
{
    /// <inheritdoc />
    protected override Task<RegistryTransaction<BatchAnchoredEvent>> SendAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        if (Registry.Sender.Account != batch.Issuer)
        {
            throw new IssuingException($"direct anchoring sends from {Registry.Sender.Account}, but the batch is signed by {batch.Issuer}; send from the issuer's account or use a relayed submitter");
        }

        return Registry.AnchorAsync(batch.Message.Root, batch.Message.DocType, batch.Message.Count, cancellationToken);
    }
}

/// <summary>Anchors with <c>anchorBySig</c> from a relayer's account (the relayer pays; the issuer needs no ether).</summary>
public sealed class RelayedAnchorSubmitter(RegistryClient relayerRegistry) : RegistryAnchorSubmitter(relayerRegistry)
{
    /// <inheritdoc />
    protected override Task<RegistryTransaction<BatchAnchoredEvent>> SendAsync(SignedAnchorBatch batch, CancellationToken cancellationToken) =>
        Registry.AnchorBySigAsync(batch.Message, batch.Issuer, batch.Signature, cancellationToken);
}
