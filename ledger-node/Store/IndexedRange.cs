using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// A block range read from the chain, checked for consistency, ready to be written in one transaction: the
/// registry logs in (block, log index) order, the headers of every block that has logs, and the last block.
/// </summary>
/// <param name="FromBlock">First block of the range.</param>
/// <param name="To">Header of the range's last block (it becomes the checkpoint).</param>
/// <param name="Logs">Registry logs in chain order.</param>
/// <param name="LogBlocks">Headers of the blocks that have logs, by number.</param>
internal sealed record IndexedRange(ulong FromBlock, BlockHeader To, IReadOnlyList<Log> Logs, IReadOnlyDictionary<ulong, BlockHeader> LogBlocks);
