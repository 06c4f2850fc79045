using ProvenanceLedger.Sdk.Issuing;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1000, 7, 4)]
    [InlineData(33, 16, 8)]
    [InlineData(0, 16, 4)]
    public void Every_index_runs_exactly_once(int count, int blockSize, int workers)
    {
        var runs = new int[count];

        OrderedParallel.For(count, blockSize, workers, static () => 0, (_, i) => Interlocked.Increment(ref runs[i]));

        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void Each_worker_creates_its_state_once_and_keeps_it()
    {
        var created = 0;
        var owners = new int[500];

        OrderedParallel.For(500, 5, 4, () => Interlocked.Increment(ref created), (state, i) => owners[i] = state);

        Assert.InRange(created, 1, 4);
        Assert.All(owners, owner => Assert.InRange(owner, 1, created));
    }

    [Fact]
    public void The_exception_of_the_lowest_failing_index_is_rethrown_as_itself()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.For(1000, 3, 4, static () => 0, static (_, i) =>
            {
                if (i is 123 or 500 or 999)
                {
                    throw new InvalidOperationException($"index {i}");
                }
            }));

            Assert.Equal("index 123", error.Message);
        }
    }

    [Fact]
    public void Every_index_below_the_first_failure_still_runs()
    {
        var runs = new int[400];

        Assert.Throws<FormatException>(() => OrderedParallel.For(400, 4, 4, static () => 0, (_, i) =>
        {
            Interlocked.Increment(ref runs[i]);
            if (i == 301)
            {
                throw new FormatException("301");
            }
        }));

        Assert.All(runs.Take(302), r => Assert.Equal(1, r));
    }
}
