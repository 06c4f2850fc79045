using System.Text.Json.Serialization;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>The overall answer: VALID only when every required check passed.</summary>
[JsonConverter(typeof(UpperSnakeCaseEnumConverter<Verdict>))]
public enum Verdict
{
    /// <summary>Every required check passed.</summary>
    Valid,

    /// <summary>At least one check failed: the document must not be relied on.</summary>
    Invalid,

    /// <summary>No check failed, but at least one could not be determined (e.g. the chain was unreachable).</summary>
    Indeterminate,
}
