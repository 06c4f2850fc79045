using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>A revocation of a whole batch (<paramref name="IsBatch"/>, Target = root) or of one document.</summary>
/// <param name="Target">The revoked batch root or document hash.</param>
/// <param name="IsBatch">True for BatchRevoked.</param>
/// <param name="Root">The batch root (the document's batch for a document revocation).</param>
/// <param name="Issuer">The batch's issuer.</param>
/// <param name="Reason">Revocation reason code (contracts-solidity README: 1 issued in error … 6 governance order).</param>
/// <param name="RevokedBy">The account that revoked (issuer or governance).</param>
/// <param name="At">Where it happened.</param>
public sealed record RevocationView(Hash32 Target, bool IsBatch, Hash32 Root, Address Issuer, RevocationReason Reason, Address RevokedBy, EventLocation At);
