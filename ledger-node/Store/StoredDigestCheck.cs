using LiteDB;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// Recomputes the audit digest from the raw logs the store holds and compares it, block by block, with the
/// digests stored when they were indexed: a removed, altered or inserted log shows as the first block where
/// they part.
/// </summary>
/// <param name="Recomputed">D over the stored raw logs.</param>
/// <param name="Stored">The checkpoint's digest.</param>
/// <param name="FirstMismatchBlock">The first block whose stored digest differs from the recomputed one (null: none).</param>
internal sealed record StoredDigestCheck(Hash32 Recomputed, Hash32 Stored, ulong? FirstMismatchBlock)
{
    public bool IsIntact => FirstMismatchBlock is null && Recomputed == Stored;

    public static StoredDigestCheck Run(LedgerDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var fold = new AuditDigestFold();
        foreach (var log in database.RawBlocks.Find(Query.All("_id")).SelectMany(RawLogPacking.Unpack))
        {
            fold.Append(log);
        }

        var recomputed = fold.Blocks.ToDictionary(b => b.BlockNumber);
        ulong? mismatch = null;
        foreach (var block in database.Blocks.FindAll().Where(b => b.LogCount > 0).OrderBy(b => b.Id))
        {
            if (!recomputed.TryGetValue((ulong)block.Id, out var again) || again.Digest != new Hash32(block.Digest))
            {
                mismatch = (ulong)block.Id;
                break;
            }
        }

        var extra = fold.Blocks.FirstOrDefault(b => database.Blocks.FindById((long)b.BlockNumber) is not { LogCount: > 0 });
        if (extra is not null && (mismatch is null || extra.BlockNumber < mismatch))
        {
            mismatch = extra.BlockNumber;
        }

        var checkpoint = LedgerWriter.Checkpoint(database);
        return new StoredDigestCheck(fold.Current, checkpoint is null ? Hash32.Zero : new Hash32(checkpoint.Digest), mismatch);
    }
}
