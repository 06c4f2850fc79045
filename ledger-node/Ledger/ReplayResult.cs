using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>What a replay rebuilt.</summary>
/// <param name="IndexedBlock">The block the new index reaches.</param>
/// <param name="Digest">Its audit digest there.</param>
/// <param name="LogCount">Registry logs it holds.</param>
/// <param name="FileName">The new index file (in the data directory).</param>
/// <param name="Elapsed">How long the replay took.</param>
public sealed record ReplayResult(ulong? IndexedBlock, Hash32 Digest, long LogCount, string FileName, TimeSpan Elapsed);
