using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

/// <summary>Anchors nothing: counts the batches submitted and answers with a fixed anchor record.</summary>
internal sealed class RecordingSubmitter : IAnchorSubmitter
{
    private readonly RegistryDomain _domain = new(31337, Address.Zero);

    public int Submitted { get; private set; }

    public Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken) =>
        Task.FromResult(new AnchorTerms(_domain, 0));

    public Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        Submitted++;
        return Task.FromResult(new AnchorRecord(_domain.ChainId, _domain.Registry, Hash32.Zero, 1, DateTimeOffset.UnixEpoch));
    }
}
