using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// The next block range, read over RPC while the previous one is being written: the node's eth_getLogs time
/// and the store's write time overlap instead of adding up. A prefetched read is used only by the step that
/// starts exactly where it starts and on the checkpoint it descends from; anything else discards it. The read
/// adapts a fork of <paramref name="range"/>: what its ranges taught (sparse, dense, refused) reaches the
/// engine's range only when the read is used, never from a discarded one.
/// </summary>
internal sealed class RangePrefetch(AdaptiveRange range)
{
    private Pending? _pending;

    /// <summary>Starts reading from <paramref name="from"/>, no further than <paramref name="to"/>, as the range after the block <paramref name="parentHash"/>.</summary>
    public void Start(TransactionRangeReader reader, ulong from, ulong to, Hash32 parentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Discard();
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sizing = range.Fork();
        _pending = new Pending(from, to, parentHash, reader.ReadAsync(from, to, parentHash, sizing, cancellation.Token), sizing, cancellation);
    }

    /// <summary>
    /// The prefetched read of the range starting at <paramref name="from"/> on <paramref name="parentHash"/>; null
    /// (and the prefetch discarded) when there is none, it was read for another checkpoint, or it may reach beyond
    /// <paramref name="target"/> (the head went back since).
    /// </summary>
    public Task<RangeRead>? Take(ulong from, Hash32? parentHash, ulong target)
    {
        if (_pending is not { } pending)
        {
            return null;
        }

        if (pending.From != from || pending.ParentHash != parentHash || pending.To > target)
        {
            Discard();
            return null;
        }

        _pending = null;
        _ = pending.Read.ContinueWith(_ => pending.Cancellation.Dispose(), TaskScheduler.Default);
        return AdoptingAsync(pending);
    }

    /// <summary>Cancels and forgets a prefetched read nobody will use (after a failure, a rollback, a moved chain).</summary>
    public void Discard()
    {
        if (_pending is not { } pending)
        {
            return;
        }

        _pending = null;
        pending.Cancellation.Cancel();
        // Nobody awaits a discarded read: observe its outcome here so a failure does not surface as an unobserved
        // task exception; the range is read again (and any error reported) by the step that needs it.
        _ = pending.Read.ContinueWith(
            read =>
            {
                pending.Cancellation.Dispose();
                return read.Exception;
            },
            TaskScheduler.Default);
    }

    // The engine awaits a taken read before it reads the range's size again, so the fork's size is adopted in time.
    private async Task<RangeRead> AdoptingAsync(Pending pending)
    {
        var read = await pending.Read;
        range.Adopt(pending.Sizing);
        return read;
    }

    private sealed record Pending(ulong From, ulong To, Hash32 ParentHash, Task<RangeRead> Read, AdaptiveRange Sizing, CancellationTokenSource Cancellation);
}
