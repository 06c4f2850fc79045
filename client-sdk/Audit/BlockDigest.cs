using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Audit;

/// <summary>The audit digest at the end of a block that had registry logs.</summary>
/// <param name="BlockNumber">The block.</param>
/// <param name="BlockHash">Its hash (the digest commits to it).</param>
/// <param name="Digest">D after the block's last log.</param>
/// <param name="LogCount">How many registry logs the block had.</param>
public sealed record BlockDigest(ulong BlockNumber, Hash32 BlockHash, Hash32 Digest, int LogCount);
