using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>An issuer and its accreditations, one per document type, as of a block.</summary>
public sealed record IssuerView(Address Issuer, LedgerPoint AsOf, IReadOnlyList<AccreditationView> Accreditations);
