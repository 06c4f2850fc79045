using System.Runtime.ExceptionServices;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// A parallel loop over indices whose failures behave like a sequential loop's: when iterations throw,
/// the exception of the lowest failing index is rethrown (with its stack trace), so callers see the same
/// error on one core or many. Each worker gets its own state (a hasher with its caches and buffers).
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Runs <paramref name="body"/>(state, i) for every i in [0, <paramref name="count"/>) on every core, blocks of <paramref name="blockSize"/> indices at a time.</summary>
    public static void For<TState>(int count, int blockSize, Func<TState> createState, Action<TState, int> body) =>
        For(count, blockSize, Environment.ProcessorCount, createState, body);

    /// <summary>As above on at most <paramref name="maxWorkers"/> workers (tests force several on a one-core machine).</summary>
    public static void For<TState>(int count, int blockSize, int maxWorkers, Func<TState> createState, Action<TState, int> body)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWorkers);
        var workers = Math.Min(maxWorkers, (count + blockSize - 1) / blockSize);
        if (workers <= 1)
        {
            var state = createState();
            for (var i = 0; i < count; i++)
            {
                body(state, i);
            }

            return;
        }

        var run = new Run<TState>(count, blockSize, createState, body);
        var helpers = new Task[workers - 1];
        for (var w = 0; w < helpers.Length; w++)
        {
            helpers[w] = Task.Run(run.Work);
        }

        run.Work();
        Task.WaitAll(helpers);
        run.Failure?.Throw();
    }

    // Blocks are handed out in increasing order. A block is skipped only when it starts after an index that
    // already failed, so every index below the lowest failure runs, and that failure is the one reported.
    private sealed class Run<TState>(int count, int blockSize, Func<TState> createState, Action<TState, int> body)
    {
        private readonly Lock _gate = new();
        private int _nextBlock = -1;
        private int _failedAt = int.MaxValue;

        public ExceptionDispatchInfo? Failure { get; private set; }

        public void Work()
        {
            var state = createState();
            while (true)
            {
                var start = Interlocked.Increment(ref _nextBlock) * blockSize;
                if (start >= count || start > Volatile.Read(ref _failedAt))
                {
                    return;
                }

                var end = Math.Min(count, start + blockSize);
                for (var i = start; i < end; i++)
                {
                    if (!TryRun(state, i))
                    {
                        return;
                    }
                }
            }
        }

        private bool TryRun(TState state, int index)
        {
            try
            {
                body(state, index);
                return true;
            }
            catch (Exception exception)
            {
                // Not swallowed: the lowest index's exception is rethrown by For once every worker stopped.
                lock (_gate)
                {
                    if (index < _failedAt)
                    {
                        Volatile.Write(ref _failedAt, index);
                        Failure = ExceptionDispatchInfo.Capture(exception);
                    }
                }

                return false;
            }
        }
    }
}
