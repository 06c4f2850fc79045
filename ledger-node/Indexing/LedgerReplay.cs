using System.Diagnostics;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// <see cref="ILedgerReplay"/>: a second engine indexes the chain into a new file; once it has caught up, the
/// live indexer is paused (between steps), the new engine reaches the head, and the store swaps files. Reads
/// never stop: they use the old file until the swap and the new one after; the old file is closed a little
/// later so that reads already running on it can finish.
/// </summary>
internal sealed partial class LedgerReplay(
    LedgerStore store, LedgerFiles files, IndexerGate gate, Func<LedgerStore, IndexerEngine> engineFor, TimeProvider time, ILogger<LedgerReplay> logger)
    : ILedgerReplay
{
    /// <summary>How long reads that started on the old file may still run before it is closed.</summary>
    internal static readonly TimeSpan RetireDelay = TimeSpan.FromSeconds(10);

    private int _running;

    public async Task<ReplayResult> ReplayAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("a replay is already running; wait for it to finish");
        }

        try
        {
            return await RunAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task<ReplayResult> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var path = files.NewReplayPath(time.GetUtcNow());
        LogStarted(logger, path);
        var replayStore = new LedgerStore(LedgerDatabase.OpenFile(path));
        try
        {
            var engine = engineFor(replayStore);
            await CatchUpAsync(engine, cancellationToken);
            LedgerDatabase retired;
            using (await gate.EnterAsync(cancellationToken))
            {
                await CatchUpAsync(engine, cancellationToken);
                retired = store.Swap(replayStore.Current);
                files.Promote(path);
            }

            Retire(retired);
            var checkpoint = LedgerWriter.Checkpoint(store.Current);
            var result = new ReplayResult(
                checkpoint is null ? null : (ulong)checkpoint.BlockNumber,
                checkpoint is null ? Hash32.Zero : new Hash32(checkpoint.Digest),
                checkpoint?.TotalLogs ?? 0,
                Path.GetFileName(path),
                Stopwatch.GetElapsedTime(started));
            LogFinished(logger, result.FileName, result.IndexedBlock, result.LogCount, result.Elapsed.TotalSeconds);
            return result;
        }
        catch
        {
            if (!ReferenceEquals(store.Current, replayStore.Current))
            {
                replayStore.Dispose();
                LedgerFiles.Delete(path);
            }

            throw;
        }
    }

    private static async Task CatchUpAsync(IndexerEngine engine, CancellationToken cancellationToken)
    {
        StepOutcome outcome;
        do
        {
            outcome = await engine.StepAsync(cancellationToken);
        }
        while (outcome == StepOutcome.Progressed);

        if (outcome == StepOutcome.Refused)
        {
            throw new InvalidOperationException("the replay cannot index the chain (see /health/ready for why)");
        }
    }

    private void Retire(LedgerDatabase retired)
    {
        _ = Task.Run(async () =>
        {
            await Task.Delay(RetireDelay, time);
            var path = retired.FilePath ?? "(in memory)";
            try
            {
                retired.Dispose();
                if (retired.FilePath is not null)
                {
                    LedgerFiles.Delete(retired.FilePath);
                }

                LogRetired(logger, path);
            }
            catch (IOException e)
            {
                // The new index serves already; a leftover old file only takes disk space.
                LogRetireFailed(logger, path, e);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replay started into {Path}")]
    private static partial void LogStarted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replay finished: now serving {File}, indexed to block {Block} with {Logs} logs, in {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, string file, ulong? block, long logs, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the replaced index file {Path}; delete it by hand")]
    private static partial void LogRetireFailed(ILogger logger, string path, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retired the replaced index file {Path}")]
    private static partial void LogRetired(ILogger logger, string path);
}
