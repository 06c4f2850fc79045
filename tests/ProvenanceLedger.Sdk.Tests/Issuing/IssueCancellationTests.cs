using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Issuing;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

/// <summary>Validating and hashing a large set takes a while on every core: cancelling must stop it, before anything is anchored.</summary>
public class IssueCancellationTests
{
    [Fact]
    public async Task Cancelling_while_documents_are_hashed_stops_the_issue_before_anything_is_anchored()
    {
        using var cancellation = new CancellationTokenSource();
        var salts = new CancellingSaltSource(cancellation, afterDraws: 3);
        var submitter = new RecordingSubmitter();
        var issuer = new DocumentBatchIssuer(SampleBatches.IssuerKey, submitter, saltSource: salts);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => issuer.IssueAsync(SampleBatches.Certificates(200, SampleBatches.IssuerKey.Address), cancellation.Token));

        Assert.Equal(0, submitter.Submitted);
        Assert.Equal(3, salts.Draws);
    }

    // A seeded source is drawn in order on one thread, so the cancellation lands at an exact document.
    private sealed class CancellingSaltSource(CancellationTokenSource cancellation, int afterDraws) : ISaltSource
    {
        private readonly Random _random = new(1337);

        public int Draws { get; private set; }

        public void Fill(Span<byte> destination)
        {
            _random.NextBytes(destination);
            if (++Draws == afterDraws)
            {
                cancellation.Cancel();
            }
        }
    }
}
