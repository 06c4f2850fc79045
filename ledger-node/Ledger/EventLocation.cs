using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>Where and when a registry event happened.</summary>
/// <param name="BlockNumber">Its block.</param>
/// <param name="BlockTime">The block's timestamp (UTC).</param>
/// <param name="TransactionHash">Its transaction.</param>
/// <param name="LogIndex">Its log index in the block.</param>
/// <param name="Registry">The registry contract that emitted it.</param>
public sealed record EventLocation(ulong BlockNumber, DateTimeOffset BlockTime, Hash32 TransactionHash, ulong LogIndex, Address Registry);
