using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>An anchored batch and, if revoked as of the query, its revocation.</summary>
public sealed record BatchView(
    Hash32 Root,
    Address Issuer,
    Hash32 DocType,
    uint Count,
    string Uri,
    Address Relayer,
    EventLocation Anchored,
    RevocationView? Revocation);
