using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>A customs authority's latest add/remove event as of a block.</summary>
public sealed record CustomsAuthorityView(Address Authority, string Country, bool IsActive, EventLocation Since);
