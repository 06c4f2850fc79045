using System.Text.Json.Serialization;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The outcome of one check.</summary>
[JsonConverter(typeof(UpperSnakeCaseEnumConverter<CheckStatus>))]
public enum CheckStatus
{
    /// <summary>The check passed.</summary>
    Pass,

    /// <summary>The check failed: the reason says what is wrong.</summary>
    Fail,

    /// <summary>The check could not be determined (chain unreachable, rate limited, or a prerequisite failed).</summary>
    Unavailable,
}
