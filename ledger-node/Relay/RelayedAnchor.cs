using System.Text.Json.Serialization;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Relay;

/// <summary>Where a relayed batch stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RelayState>))]
public enum RelayState
{
    /// <summary>Sent; waiting to be mined.</summary>
    Pending,

    /// <summary>Mined and anchored.</summary>
    Anchored,

    /// <summary>The transaction failed (see the reason); the issuer may sign the batch again.</summary>
    Failed,
}

/// <summary>A batch the relay submitted: the answer of POST and GET /api/v1/anchors.</summary>
/// <param name="Root">The batch root.</param>
/// <param name="Issuer">The issuer who signed it.</param>
/// <param name="State">Pending, anchored or failed.</param>
/// <param name="TransactionHash">The anchorBySig transaction.</param>
/// <param name="SubmittedAt">When the relay sent it.</param>
/// <param name="BlockNumber">The block it was mined in (anchored).</param>
/// <param name="BlockTime">That block's time (anchored).</param>
/// <param name="Reason">Why it failed (failed).</param>
public sealed record RelayedAnchor(
    Hash32 Root,
    Address Issuer,
    RelayState State,
    Hash32 TransactionHash,
    DateTimeOffset SubmittedAt,
    ulong? BlockNumber = null,
    DateTimeOffset? BlockTime = null,
    string? Reason = null);
