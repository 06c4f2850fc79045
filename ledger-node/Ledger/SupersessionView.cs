using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>A supersession: <paramref name="OldHash"/> is replaced by <paramref name="NewHash"/>.</summary>
public sealed record SupersessionView(Hash32 OldHash, Hash32 NewHash, Address Issuer, Hash32 OldRoot, Hash32 NewRoot, EventLocation At);
