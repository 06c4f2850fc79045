using System.Diagnostics;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// One step at a time of following the chain: check the chain's identity, notice reorgs and roll back to the
/// common ancestor, read the next block range and write it (while the range after it is read: <see cref="RangePrefetch"/>). The hosted loop (<see cref="AnchorIndexer"/>)
/// decides when to step; tests step it directly.
/// </summary>
internal sealed partial class IndexerEngine
{
    private static readonly TimeSpan IdentityRecheck = TimeSpan.FromSeconds(30);

    private readonly EthRpcClient _rpc;
    private readonly LedgerStore _store;
    private readonly LedgerWriter _writer;
    private readonly IndexerProgress _progress;
    private readonly IndexerMetrics? _metrics;
    private readonly ILogger _logger;
    private readonly ChainIdentityGuard _identity;
    private readonly TransactionRangeReader _reader;
    private readonly CommonAncestorFinder _ancestors;
    private readonly AdaptiveRange _range;
    private readonly RangePrefetch _prefetch;
    private readonly ulong _startBlock;
    private readonly ulong _confirmations;
    private readonly ulong _keepBlocks;
    private readonly ulong _readyLag;
    private readonly TimeProvider _time;
    private readonly LedgerReadModel? _readModel;
    private DateTimeOffset? _identityCheckedAt;

    public IndexerEngine(IndexerSettings settings, EthRpcClient rpc, LedgerStore store, LedgerWriter writer, IndexerProgress progress, IndexerMetrics? metrics, ILogger logger, TimeProvider time, LedgerReadModel? readModel = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _rpc = rpc;
        _store = store;
        _writer = writer;
        _progress = progress;
        _metrics = metrics;
        _logger = logger;
        _time = time;
        _readModel = readModel;
        _identity = new ChainIdentityGuard(rpc, settings.Registries, settings.ResetOnChainChange);
        _ancestors = new CommonAncestorFinder(rpc);
        _range = new AdaptiveRange(settings.InitialRange, settings.MaxRange, settings.TargetLogsPerRange);
        _reader = new TransactionRangeReader(new RangeReader(rpc, [.. settings.Registries.Select(r => r.Address)]), settings.CatchUpLogsPerTransaction, logger, metrics);
        _prefetch = new RangePrefetch(_range);
        _startBlock = settings.Registries.Count == 0 ? 0 : settings.Registries.Min(r => r.DeploymentBlock);
        _confirmations = settings.Confirmations;
        _keepBlocks = settings.Confirmations + settings.ReorgMargin;
        _readyLag = settings.ReadyLag;
    }

    /// <summary>Blocks the next eth_getLogs range spans.</summary>
    public ulong RangeSize => _range.Size;

    /// <summary>Does one unit of work; RPC failures propagate (the caller backs off and calls <see cref="Failed"/>).</summary>
    public async Task<StepOutcome> StepAsync(CancellationToken cancellationToken)
    {
        var database = _store.Current;
        if (_identityCheckedAt is not { } checkedAt || _time.GetUtcNow() - checkedAt > IdentityRecheck)
        {
            // Before the chain is asked anything: what is already stored gets its in-memory model even while the
            // chain is down (at start, or after a failure), so hot reads need not fall back to the store until it answers.
            // The store alone suffices (ReadStateBuilder names each direct anchor's accreditation from its stored record).
            // Only when there is no model yet: an existing one is checked against the store after the identity check.
            if (_readModel is not null && _readModel.For(database) is null)
            {
                _readModel.Follow(database);
            }

            var problem = await _identity.EnsureAsync(database, ForgetReadModel, cancellationToken);
            if (problem is not null)
            {
                _progress.Mismatch(problem);
                LogMismatch(_logger, problem);
                _identityCheckedAt = null;
                return StepOutcome.Refused;
            }

            _progress.Matched();
            _identityCheckedAt = _time.GetUtcNow();
        }

        // The in-memory read model mirrors the file this step writes (a new one after a replay, or after a reset).
        _readModel?.Follow(database);

        var head = await _rpc.BlockNumberAsync(cancellationToken);
        _progress.ChainAnswered(head, _time.GetUtcNow());
        var checkpoint = LedgerWriter.Checkpoint(database);
        _metrics?.Head(head, _confirmations, checkpoint is null ? null : (ulong)checkpoint.BlockNumber);
        var target = head >= _confirmations ? head - _confirmations : 0;
        var next = checkpoint is null ? _startBlock : (ulong)checkpoint.BlockNumber + 1;
        if (next > target || head < _confirmations)
        {
            if (checkpoint is not null && !await IsOnChainAsync(checkpoint, cancellationToken))
            {
                await RollBackAsync(database, cancellationToken);
                return StepOutcome.Progressed;
            }

            _progress.CaughtUp(withinLag: true);
            return StepOutcome.CaughtUp;
        }

        var parent = checkpoint is null ? (Hash32?)null : new Hash32(checkpoint.BlockHash);
        var started = Stopwatch.GetTimestamp();
        RangeRead read;
        try
        {
            read = await (_prefetch.Take(next, parent, target) ?? _reader.ReadAsync(next, target, parent, _range, cancellationToken));
        }
        catch (RpcException e) when (TransactionRangeReader.IsRefused(e) && _range.Refused())
        {
            LogRangeRefused(_logger, next, _range.Size, e.Message);
            _metrics?.Error();
            return StepOutcome.Progressed;
        }

        switch (read)
        {
            case RangeRead.NotOnCheckpoint:
                await RollBackAsync(database, cancellationToken);
                return StepOutcome.Progressed;
            case RangeRead.ChainMoved moved:
                LogChainMoved(_logger, next, moved.Why);
                return StepOutcome.Progressed;
            case RangeRead.Consistent consistent:
                var to = consistent.Range.To.Number;
                if (to < target)
                {
                    _prefetch.Start(_reader, to + 1, target, consistent.Range.To.Hash, cancellationToken);
                }

                var keepBlocksFrom = to > _keepBlocks ? to - _keepBlocks : 0;
                CheckpointRecord written;
                try
                {
                    await _writer.LearnAccreditationsAsync(_rpc, consistent.Range, cancellationToken);
                    written = _writer.Append(database, consistent.Range, keepBlocksFrom);
                }
                catch
                {
                    _prefetch.Discard();
                    throw;
                }

                _readModel?.Committed(database, consistent.Range, keepBlocksFrom, written);

                var elapsed = Stopwatch.GetElapsedTime(started);
                _metrics?.RangeIndexed(to, consistent.Range.Logs.Count, elapsed);
                _metrics?.Head(head, _confirmations, to);
                LogRangeIndexed(_logger, next, to, consistent.Range.Logs.Count, written.TotalLogs, elapsed.TotalMilliseconds);
                _progress.CaughtUp(withinLag: target - to <= _readyLag);
                return to == target ? StepOutcome.CaughtUp : StepOutcome.Progressed;
            default:
                throw new UnreachableException($"unknown range read {read}");
        }
    }

    /// <summary>Records a failed step: unreachable chain makes the index degraded; identity is re-checked on the next success.</summary>
    public void Failed(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _metrics?.Error();
        _identityCheckedAt = null;
        _prefetch.Discard();
        var problem = error is RpcTransportException ? error.Message : $"indexing failed: {error.Message}";
        _progress.Unreachable(problem);
        LogStepFailed(_logger, problem, error);
    }

    // Before the store is wiped or rolled back: readers fall back to the store until the model is rebuilt, rather
    // than read a model of data that is about to go.
    private void ForgetReadModel() => _readModel?.Forget();

    private async Task<bool> IsOnChainAsync(CheckpointRecord checkpoint, CancellationToken cancellationToken)
    {
        var header = await _rpc.GetBlockByNumberAsync(BlockParameter.Number((ulong)checkpoint.BlockNumber), cancellationToken);
        return header is not null && header.Hash == new Hash32(checkpoint.BlockHash);
    }

    private async Task RollBackAsync(LedgerDatabase database, CancellationToken cancellationToken)
    {
        var checkpoint = LedgerWriter.Checkpoint(database)!;
        var ancestor = await _ancestors.FindAsync(database, cancellationToken);
        _progress.Reorged();
        _metrics?.Reorg();
        ForgetReadModel();
        if (ancestor is { } block)
        {
            LedgerWriter.RollBack(database, block);
            LogReorg(_logger, checkpoint.BlockNumber, block);
        }
        else
        {
            var identity = database.Identity.FindById(IdentityRecord.SingletonId)!;
            LedgerWriter.Reset(database, identity);
            LogDeepReorg(_logger, checkpoint.BlockNumber);
        }

        _readModel?.Follow(database);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed blocks {From}-{To}: {Logs} registry logs ({TotalLogs} in all) in {Milliseconds:0.0} ms")]
    private static partial void LogRangeIndexed(ILogger logger, ulong from, ulong to, int logs, long totalLogs, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The node refused logs from block {From}; next range {Size} blocks: {Problem}")]
    private static partial void LogRangeRefused(ILogger logger, ulong from, ulong size, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "The chain moved while blocks from {From} were read ({Why}); reading again")]
    private static partial void LogChainMoved(ILogger logger, ulong from, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reorg: the indexed tip {Tip} is no longer on the chain; rolled back to common ancestor {Ancestor}")]
    private static partial void LogReorg(ILogger logger, long tip, ulong ancestor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reorg deeper than every stored block (tip {Tip}); re-indexing from the deployment block")]
    private static partial void LogDeepReorg(ILogger logger, long tip);

    [LoggerMessage(Level = LogLevel.Error, Message = "Index not served: {Problem}")]
    private static partial void LogMismatch(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexer step failed; serving the index as it is: {Problem}")]
    private static partial void LogStepFailed(ILogger logger, string problem, Exception error);
}
