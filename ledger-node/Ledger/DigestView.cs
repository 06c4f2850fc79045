using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>The audit digest (FORMAT.md section 7) at a block.</summary>
/// <param name="BlockNumber">The block asked for (capped at the indexed block).</param>
/// <param name="Digest">D after the last registry log at or below it.</param>
/// <param name="LogCount">How many registry logs it covers.</param>
/// <param name="LastLogBlock">Block of the last log it covers (null when none).</param>
public sealed record DigestView(ulong BlockNumber, Hash32 Digest, long LogCount, ulong? LastLogBlock);
