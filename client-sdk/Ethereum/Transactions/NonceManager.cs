using System.Collections.Concurrent;

namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>
/// Hands out transaction nonces per sender so that many concurrent anchors from one process never reuse or
/// skip one. The first request for a sender fetches its pending nonce (eth_getTransactionCount "pending")
/// through the delegate; later ones count up locally. After a failed send, <see cref="ResetAsync"/> makes the
/// next request fetch again.
/// </summary>
public sealed class NonceManager
{
    private readonly Func<Address, CancellationToken, Task<ulong>> _fetchPendingNonce;
    private readonly ConcurrentDictionary<Address, Sender> _senders = new();

    /// <summary>Creates a manager that asks <paramref name="fetchPendingNonce"/> for a sender's pending nonce.</summary>
    public NonceManager(Func<Address, CancellationToken, Task<ulong>> fetchPendingNonce)
    {
        ArgumentNullException.ThrowIfNull(fetchPendingNonce);
        _fetchPendingNonce = fetchPendingNonce;
    }

    /// <summary>The next unused nonce of <paramref name="sender"/>.</summary>
    public async Task<ulong> NextAsync(Address sender, CancellationToken cancellationToken = default)
    {
        var state = _senders.GetOrAdd(sender, _ => new Sender());
        await state.Lock.WaitAsync(cancellationToken);
        try
        {
            var next = state.Next ?? await _fetchPendingNonce(sender, cancellationToken);
            state.Next = next + 1;
            return next;
        }
        finally
        {
            state.Lock.Release();
        }
    }

    /// <summary>Forgets the local count of <paramref name="sender"/> so the next nonce is fetched from the node.</summary>
    public async Task ResetAsync(Address sender, CancellationToken cancellationToken = default)
    {
        if (!_senders.TryGetValue(sender, out var state))
        {
            return;
        }

        await state.Lock.WaitAsync(cancellationToken);
        try
        {
            state.Next = null;
        }
        finally
        {
            state.Lock.Release();
        }
    }

    private sealed class Sender
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public ulong? Next { get; set; }
    }
}
