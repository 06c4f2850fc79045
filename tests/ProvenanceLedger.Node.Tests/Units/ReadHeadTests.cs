using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Tests.Units;

public class ReadHeadTests
{
    // Blocks with logs 10, 20, 30 (the array has room for more, not covered by the head), range ends 25 and 40.
    private static readonly ReadHead Head = new(
        40, 4_000, new byte[32], 3, [new(10, 1_000), new(20, 2_000), new(30, 3_000), new(35, 3_500)], 3, [new(25, 2_500), new(40, 4_000)]);

    [Theory]
    [InlineData(9UL, null)]
    [InlineData(10UL, 10UL)]
    [InlineData(24UL, 20UL)]
    [InlineData(25UL, 25UL)]
    [InlineData(29UL, 25UL)]
    [InlineData(36UL, 30UL)] // block 35 is past the head's blocks
    [InlineData(40UL, 40UL)]
    public void The_block_at_or_below_a_number_is_the_last_kept_one(ulong number, ulong? expected) =>
        Assert.Equal(expected, Head.AtOrBelow(number)?.Number);

    [Theory]
    [InlineData(999L, null)]
    [InlineData(1_000L, 10UL)]
    [InlineData(2_499L, 20UL)]
    [InlineData(2_500L, 25UL)]
    [InlineData(3_499L, 30UL)]
    [InlineData(3_999L, 30UL)]
    [InlineData(4_000L, 40UL)]
    public void The_block_at_or_before_a_time_is_the_highest_kept_one(long seconds, ulong? expected) =>
        Assert.Equal(expected, Head.LastAtOrBefore(seconds)?.Number);

    [Fact]
    public void The_head_answers_at_its_checkpoint() =>
        Assert.Equal(new LedgerPoint(40, DateTimeOffset.FromUnixTimeSeconds(4_000)), Head.Point);

    [Fact]
    public void A_model_of_an_index_without_a_block_refuses_like_the_store()
    {
        using var store = new LedgerStore(LedgerDatabase.OpenInMemory());
        LedgerWriter.Reset(store.Current, new IdentityRecord { ChainId = 31337, GenesisHash = new byte[32] });
        var progress = new IndexerProgress(0);
        var model = new LedgerReadModel(new RegistryEventDecoder());
        model.Follow(store.Current);
        var index = new ReadModelLedgerIndex(new LedgerIndex(store, progress), model, store, progress);

        Assert.NotNull(model.For(store.Current));
        var refusal = Assert.Throws<LedgerUnavailableException>(() => index.GetBatch(Hash32.Zero, AsOf.Latest));
        Assert.Equal("the index holds no block yet; wait until the node has read the chain (see /health/ready)", refusal.Message);
        Assert.Equal(31337UL, index.GetStatus().ChainId);
        Assert.Null(index.GetStatus().IndexedBlock);

        progress.Mismatch("chain 1 is not chain 31337");
        var mismatch = Assert.Throws<LedgerUnavailableException>(() => index.GetDocument(Hash32.Zero, null, AsOf.Latest));
        Assert.Equal("the index does not match the chain the node follows (chain 1 is not chain 31337); it is not served until re-indexed", mismatch.Message);
    }
}
