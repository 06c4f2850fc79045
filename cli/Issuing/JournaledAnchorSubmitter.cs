using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>
/// Anchors each batch at most once across interrupted runs: a root in the journal is not sent again; a root
/// the registry already knows (the process died after the transaction was mined, before the journal was
/// written) is looked up from its anchoring log; anything else goes to <paramref name="inner"/> and is
/// journalled as soon as it is mined.
/// </summary>
internal sealed class JournaledAnchorSubmitter(IAnchorSubmitter inner, IssueJournal journal, RegistryClient registry, ulong deploymentBlock) : IAnchorSubmitter
{
    /// <summary>How many batches this run found already anchored.</summary>
    public int Reused { get; private set; }

    /// <summary>How many batches this run anchored.</summary>
    public int Anchored { get; private set; }

    public Task<AnchorTerms> PrepareAsync(ProvenanceLedger.Sdk.Ethereum.Address issuer, CancellationToken cancellationToken) =>
        inner.PrepareAsync(issuer, cancellationToken);

    public async Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        var root = batch.Message.Root;
        if (journal.Anchors.TryGetValue(root, out var recorded))
        {
            Reused++;
            return recorded;
        }

        var onChain = await registry.GetBatchAsync(root, default, cancellationToken);
        AnchorRecord anchor;
        BundleSignature? signature = null;
        if (onChain.IsAnchored)
        {
            var events = await registry.GetBatchAnchoredAsync(
                root, BlockParameter.Number(Math.Max(deploymentBlock, onChain.AnchoredBlock)), BlockParameter.Number(onChain.AnchoredBlock), cancellationToken);
            var anchored = events.Single();
            var block = await registry.Rpc.GetBlockByNumberAsync(anchored.Position.BlockNumber, cancellationToken)
                ?? throw new IssuingException($"block {anchored.Position.BlockNumber} of batch {root} is not available from the RPC node");
            anchor = new AnchorRecord(batch.Domain.ChainId, registry.Address, anchored.Position.TransactionHash, block.Number, block.Time);
            Reused++;
        }
        else
        {
            anchor = await inner.SubmitAsync(batch, cancellationToken);
            signature = new BundleSignature("issuer", batch.Issuer, BundleSignature.Eip712, batch.Signature.ToBytes(), batch.Message.ToJson());
            Anchored++;
        }

        await journal.RecordAsync(root, anchor, signature, cancellationToken);
        return anchor;
    }
}
