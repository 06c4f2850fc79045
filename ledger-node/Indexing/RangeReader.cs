using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// Reads one block range of registry logs with the headers it needs, and proves the pieces belong to one
/// chain: the first block's parent is the checkpoint, the last block's hash did not change while the logs
/// were read, and every log's block hash is the header's.
/// </summary>
internal sealed class RangeReader(EthRpcClient rpc, IReadOnlyList<Address> registries)
{
    public async Task<RangeRead> ReadAsync(ulong from, ulong to, Hash32? checkpointHash, CancellationToken cancellationToken)
    {
        var edges = await rpc.GetBlocksByNumberAsync([from, to], cancellationToken);
        if (edges[0] is not { } first || edges[1] is not { } last)
        {
            return new RangeRead.ChainMoved($"block {from} or {to} is gone");
        }

        if (checkpointHash is { } parent && first.ParentHash != parent)
        {
            return new RangeRead.NotOnCheckpoint();
        }

        var logs = await rpc.GetLogsAsync(
            new LogFilter { Addresses = registries, FromBlock = BlockParameter.Number(from), ToBlock = BlockParameter.Number(to) }, cancellationToken);
        var ordered = logs.OrderBy(l => l.BlockNumber).ThenBy(l => l.LogIndex).ToList();
        if (ordered.Any(l => l.Removed))
        {
            return new RangeRead.ChainMoved("the node returned removed logs");
        }

        var numbers = ordered.Select(l => l.BlockNumber).Distinct().Append(to).Distinct().ToList();
        var headers = await rpc.GetBlocksByNumberAsync(numbers, cancellationToken);
        var byNumber = new Dictionary<ulong, BlockHeader>();
        for (var i = 0; i < numbers.Count; i++)
        {
            if (headers[i] is not { } header)
            {
                return new RangeRead.ChainMoved($"block {numbers[i]} is gone");
            }

            byNumber[numbers[i]] = header;
        }

        if (byNumber[to].Hash != last.Hash)
        {
            return new RangeRead.ChainMoved($"block {to} changed while the range was read");
        }

        if (ordered.FirstOrDefault(l => byNumber[l.BlockNumber].Hash != l.BlockHash) is { } stale)
        {
            return new RangeRead.ChainMoved($"log {stale.LogIndex} of block {stale.BlockNumber} is from another fork");
        }

        return new RangeRead.Consistent(new IndexedRange(from, last, ordered, byNumber));
    }
}
