using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// Reads what one write transaction holds: the next eth_getLogs range and, while catching up (more confirmed
/// blocks wait than that range reaches), the ranges after it, joined into one, until it holds
/// <c>catchUpLogs</c> logs. LiteDB pays a commit, a checkpoint and a rewrite of every B-tree page it touched per
/// transaction, so a transaction of 20,000 logs costs less than four of 5,000; records and checkpoint still
/// commit together, so a crash keeps all of the joined ranges or none.
/// </summary>
internal sealed partial class TransactionRangeReader(RangeReader reader, int catchUpLogs, ILogger logger, IndexerMetrics? metrics)
{
    /// <summary>
    /// Reads from <paramref name="from"/> (on the block <paramref name="parentHash"/>) towards <paramref name="target"/>,
    /// in ranges of <paramref name="range"/>'s size, which each range read adapts (the engine's own range for a read it
    /// uses at once, a fork for a prefetch: <see cref="RangePrefetch"/>). A failed first range propagates (the caller shrinks the range or backs off); a failed, refused, reorged or
    /// moving later range only ends the joining: the next read starts there and meets it again.
    /// </summary>
    public async Task<RangeRead> ReadAsync(ulong from, ulong target, Hash32? parentHash, AdaptiveRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var to = Math.Min(target, from + range.Size - 1);
        var first = await reader.ReadAsync(from, to, parentHash, cancellationToken);
        if (first is not RangeRead.Consistent { Range: var firstRange })
        {
            return first;
        }

        range.Completed(to - from + 1, firstRange.Logs.Count);
        var parts = new List<IndexedRange> { firstRange };
        var logs = firstRange.Logs.Count;
        var last = firstRange.To;
        while (last.Number < target && logs < catchUpLogs)
        {
            var nextFrom = last.Number + 1;
            var nextTo = Math.Min(target, nextFrom + range.Size - 1);
            RangeRead next;
            try
            {
                next = await reader.ReadAsync(nextFrom, nextTo, last.Hash, cancellationToken);
            }
            catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The ranges already read are kept and written: a refused range shrinks the next one, and any
                // other failure meets the next step's first read again (which backs off if it persists).
                if (IsRefused(e) && range.Refused())
                {
                    LogRangeRefused(logger, nextFrom, nextTo, range.Size, e.Message);
                }
                else
                {
                    LogJoiningStopped(logger, nextFrom, nextTo, e.Message);
                }

                metrics?.Error();
                break;
            }

            if (next is not RangeRead.Consistent { Range: var following })
            {
                break;
            }

            range.Completed(nextTo - nextFrom + 1, following.Logs.Count);
            parts.Add(following);
            logs += following.Logs.Count;
            last = following.To;
        }

        return new RangeRead.Consistent(IndexedRange.Join(parts));
    }

    /// <summary>
    /// Whether the node refused a range as too large. Nodes say "too many results" in their own words (geth: "query
    /// returned more than 10000 results", Besu and Infura: "limit exceeded", Alchemy: "block range", QuickNode:
    /// "range too large"); a timeout means the same.
    /// </summary>
    public static bool IsRefused(RpcException error) => error switch
    {
        RpcErrorException e => e.Method == "eth_getLogs" || e.Error.Code == -32005,
        RpcTransportException e => e.Method == "eth_getLogs" && e.InnerException is OperationCanceledException,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The node refused logs of blocks {From}-{To}; next range {Size} blocks: {Problem}")]
    private static partial void LogRangeRefused(ILogger logger, ulong from, ulong to, ulong size, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading blocks {From}-{To} failed; the ranges already read are written first: {Problem}")]
    private static partial void LogJoiningStopped(ILogger logger, ulong from, ulong to, string problem);
}
