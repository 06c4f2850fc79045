using Microsoft.Extensions.Options;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Relay;

/// <summary>Per-issuer sliding-window quota of relayed batches (the relayer pays, so no issuer may drain it).</summary>
internal sealed class RelayQuota(IOptions<RelayOptions> options, TimeProvider time)
{
    private readonly Dictionary<Address, Queue<DateTimeOffset>> _uses = [];
    private readonly Lock _lock = new();

    /// <summary>Takes one unit of <paramref name="issuer"/>'s quota, or throws a 429 <see cref="RelayException"/>.</summary>
    public void Take(Address issuer)
    {
        var limit = options.Value.BatchesPerIssuer;
        if (limit == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_uses.TryGetValue(issuer, out var uses))
            {
                _uses[issuer] = uses = new Queue<DateTimeOffset>();
            }

            while (uses.Count > 0 && uses.Peek() <= now - options.Value.QuotaWindow)
            {
                uses.Dequeue();
            }

            if (uses.Count >= limit)
            {
                throw new RelayException("Relay quota exhausted", $"{issuer} has had {uses.Count} batches relayed in the last {options.Value.QuotaWindow}; the next slot frees at {(uses.Peek() + options.Value.QuotaWindow).UtcDateTime:u}. Anchor directly or wait.", StatusCodes.Status429TooManyRequests);
            }

            uses.Enqueue(now);
        }
    }

    /// <summary>Gives back a unit taken for a batch that was then refused before sending.</summary>
    public void Return(Address issuer)
    {
        lock (_lock)
        {
            if (_uses.TryGetValue(issuer, out var uses) && uses.Count > 0)
            {
                // The newest use is the one being returned; rebuild the queue without it.
                _uses[issuer] = new Queue<DateTimeOffset>(uses.Take(uses.Count - 1));
            }
        }
    }
}
