namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>Timeouts and retries of <see cref="HttpRpcTransport"/>.</summary>
public sealed record RpcTransportOptions
{
    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts in total for a transport fault (1 = no retry).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Delay before the first retry; doubled for each further retry.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Upper bound of one delay.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The delay before retry number <paramref name="retry"/> (1-based).</summary>
    public TimeSpan BackoffBefore(int retry)
    {
        var factor = Math.Pow(2, retry - 1);
        return TimeSpan.FromTicks((long)Math.Min(MaxBackoff.Ticks, InitialBackoff.Ticks * factor));
    }
}
