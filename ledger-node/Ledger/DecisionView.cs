using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>A customs decision on a document.</summary>
/// <param name="DocHash">The document.</param>
/// <param name="Authority">The customs authority's account.</param>
/// <param name="Index">The decision's index among the document's decisions (0, 1, …).</param>
/// <param name="Decision">The decision.</param>
/// <param name="Country">The authority's ISO 3166-1 alpha-2 country.</param>
/// <param name="DeclarationRef">The customs declaration reference.</param>
/// <param name="At">Where it happened.</param>
public sealed record DecisionView(Hash32 DocHash, Address Authority, uint Index, CustomsDecision Decision, string Country, string DeclarationRef, EventLocation At);
