namespace ProvenanceLedger.Node.Relay;

/// <summary>
/// The body of POST /api/v1/anchors: an issuer's EIP-712 AnchorBatch authorisation for the registry
/// <see cref="Registry"/> on chain <see cref="ChainId"/>. Hashes, addresses and the signature are 0x hex; nonce
/// is a decimal string (uint256); deadline is unix seconds.
/// </summary>
public sealed record AnchorRequest(
    ulong ChainId,
    string Registry,
    string Issuer,
    string Root,
    string DocType,
    uint Count,
    string? Uri,
    string Nonce,
    long Deadline,
    string Signature);
