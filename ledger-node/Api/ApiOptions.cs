using System.ComponentModel.DataAnnotations;

namespace ProvenanceLedger.Node.Api;

/// <summary>Limits of the public API, bound from the "Api" section.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api";

    /// <summary>Largest request body accepted (bundles with parents are tens of kilobytes); larger gets 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Requests one client (remote address) may make per second; 0 turns rate limiting off (load tests).</summary>
    [Range(0, 1_000_000)]
    public int RequestsPerSecondPerClient { get; set; } = 200;

    /// <summary>Short bursts a client may make above the steady rate.</summary>
    [Range(0, 1_000_000)]
    public int BurstPerClient { get; set; } = 400;
}
