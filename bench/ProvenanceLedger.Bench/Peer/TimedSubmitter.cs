using System.Diagnostics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Times the SDK's anchoring step inside a real issue: reading the terms (domain, nonce), then sending
/// the transaction and waiting for its receipt and block. One issue at a time.
/// </summary>
internal sealed class TimedSubmitter(IAnchorSubmitter inner) : IAnchorSubmitter
{
    private readonly Stopwatch _clock = new();

    /// <summary>Wall time of the last batch's prepare + submit.</summary>
    public TimeSpan LastWall => _clock.Elapsed;

    /// <summary>The last batch's anchor.</summary>
    public AnchorRecord? LastAnchor { get; private set; }

    public Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken)
    {
        _clock.Restart();
        return inner.PrepareAsync(issuer, cancellationToken);
    }

    public async Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        _clock.Start();
        LastAnchor = await inner.SubmitAsync(batch, cancellationToken);
        _clock.Stop();
        return LastAnchor;
    }
}
