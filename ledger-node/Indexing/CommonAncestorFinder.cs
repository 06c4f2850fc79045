using LiteDB;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// After a reorg, finds the newest stored block that is still on the chain: the stored blocks are compared
/// with the chain's, newest first, a batch at a time.
/// </summary>
internal sealed class CommonAncestorFinder(EthRpcClient rpc)
{
    private const int BatchSize = 32;

    /// <summary>The newest stored block the chain still has with the same hash; null when none (re-index from the start).</summary>
    public async Task<ulong?> FindAsync(LedgerDatabase database, CancellationToken cancellationToken)
    {
        long below = long.MaxValue;
        while (true)
        {
            var stored = database.Blocks.Query()
                .Where(Query.LT("_id", below))
                .OrderByDescending("_id")
                .Limit(BatchSize)
                .ToList();
            if (stored.Count == 0)
            {
                return null;
            }

            var chain = await rpc.GetBlocksByNumberAsync([.. stored.Select(b => (ulong)b.Id)], cancellationToken);
            for (var i = 0; i < stored.Count; i++)
            {
                if (chain[i] is { } header && header.Hash == new Hash32(stored[i].Hash))
                {
                    return (ulong)stored[i].Id;
                }
            }

            below = stored[^1].Id;
        }
    }
}
