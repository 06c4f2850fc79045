using ProvenanceLedger.Node.Indexing;

namespace ProvenanceLedger.Node.Tests.Units;

public class AdaptiveRangeTests
{
    [Fact]
    public void Sparse_full_ranges_double_up_to_the_maximum()
    {
        var range = new AdaptiveRange(initial: 100, max: 500, targetLogs: 1_000);

        range.Completed(100, 10);
        Assert.Equal(200UL, range.Size);
        range.Completed(200, 10);
        range.Completed(400, 10);
        Assert.Equal(500UL, range.Size);
    }

    [Fact]
    public void A_short_range_at_the_head_does_not_grow_the_size()
    {
        var range = new AdaptiveRange(initial: 100, max: 500, targetLogs: 1_000);

        range.Completed(7, 0);

        Assert.Equal(100UL, range.Size);
    }

    [Fact]
    public void Dense_ranges_halve_and_ranges_near_the_target_keep_their_size()
    {
        var range = new AdaptiveRange(initial: 400, max: 500, targetLogs: 1_000);

        range.Completed(400, 2_001);
        Assert.Equal(200UL, range.Size);
        range.Completed(200, 1_500);
        Assert.Equal(200UL, range.Size);
    }

    [Fact]
    public void Refusals_halve_down_to_one_block_then_report_nothing_left()
    {
        var range = new AdaptiveRange(initial: 5, max: 10, targetLogs: 10);

        Assert.True(range.Refused());
        Assert.Equal(2UL, range.Size);
        Assert.True(range.Refused());
        Assert.Equal(1UL, range.Size);
        Assert.False(range.Refused());
        Assert.Equal(1UL, range.Size);
    }
}
