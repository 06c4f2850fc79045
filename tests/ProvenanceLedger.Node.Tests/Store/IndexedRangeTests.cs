using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Tests.Support;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Tests.Store;

public sealed class IndexedRangeTests
{
    [Fact]
    public void Two_ranges_joined_are_stored_exactly_as_when_written_one_after_the_other()
    {
        // Blocks 100, 103, ..., 157; the first range ends at block 127, the second starts at 128 (first logs in 130).
        var logs = SyntheticLogs.Blocks(new Random(1337), 100, 20, 5);
        var split = logs.FindIndex(l => l.BlockNumber == 130);
        var first = SyntheticLogs.Range(100, logs.GetRange(0, split));
        var second = SyntheticLogs.Range(128, logs.GetRange(split, logs.Count - split));

        var joined = first.Then(second);

        Assert.Equal((100UL, 157UL, 20), (joined.FromBlock, joined.To.Number, joined.LogBlocks.Count));
        Assert.Equal(logs.Select(SyntheticLogs.Describe), joined.Logs.Select(SyntheticLogs.Describe));
        var writer = new LedgerWriter(new RegistryEventDecoder());
        using var separately = LedgerDatabase.OpenInMemory();
        using var together = LedgerDatabase.OpenInMemory();
        writer.Append(separately, first, keepBlocksFrom: 0);
        writer.Append(separately, second, keepBlocksFrom: 0);
        writer.Append(together, joined, keepBlocksFrom: 0);
        Assert.Equal(StoreDump.Of(separately), StoreDump.Of(together));
    }

    [Fact]
    public void A_range_that_does_not_start_right_after_the_last_block_cannot_be_joined()
    {
        var logs = SyntheticLogs.Blocks(new Random(1337), 100, 20, 5);
        var split = logs.FindIndex(l => l.BlockNumber == 130);
        var first = SyntheticLogs.Range(100, logs.GetRange(0, split));

        var gap = Assert.Throws<ArgumentException>(() => first.Then(SyntheticLogs.Range(129, logs.GetRange(split, logs.Count - split))));
        Assert.Equal("range starting at block 129 does not follow block 127 (Parameter 'next')", gap.Message);
    }
}
