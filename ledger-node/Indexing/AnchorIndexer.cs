using Microsoft.Extensions.Options;
using ProvenanceLedger.Node.Configuration;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// Follows the chain in the background: steps the <see cref="IndexerEngine"/> at once while there is work,
/// waits the poll interval when caught up, and backs off exponentially (up to MaxRetryDelay) while the chain
/// fails, serving the index as it is meanwhile.
/// </summary>
internal sealed partial class AnchorIndexer(IndexerEngine engine, IndexerGate gate, IOptions<LedgerNodeOptions> options, TimeProvider time, ILogger<AnchorIndexer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        LogStarting(logger, settings.RpcUrl, settings.Registries.Count, settings.Confirmations);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                StepOutcome outcome;
                using (await gate.EnterAsync(stoppingToken))
                {
                    outcome = await engine.StepAsync(stoppingToken);
                }

                failures = 0;
                wait = outcome == StepOutcome.Progressed ? TimeSpan.Zero : settings.PollInterval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                engine.Failed(e);
                failures++;
                wait = Backoff(settings, failures);
            }

            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }

        LogStopped(logger);
    }

    internal static TimeSpan Backoff(LedgerNodeOptions settings, int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 16));
        var delay = TimeSpan.FromMilliseconds(settings.PollInterval.TotalMilliseconds * factor);
        return delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexer following {RpcUrl}: {Registries} registries, {Confirmations} confirmations")]
    private static partial void LogStarting(ILogger logger, Uri rpcUrl, int registries, int confirmations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexer stopped")]
    private static partial void LogStopped(ILogger logger);
}
