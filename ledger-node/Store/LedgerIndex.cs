using System.Globalization;
using LiteDB;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// <see cref="ILedgerIndex"/> over the LiteDB store. "As of block B" bounds every event collection by chain
/// position (keys below the first key of block B + 1), so history needs no copies of state.
/// </summary>
internal sealed class LedgerIndex(LedgerStore store, IndexerProgress progress) : ILedgerIndex
{
    public IndexStatus GetStatus()
    {
        var database = store.Current;
        return database.Read(() =>
        {
            var identity = database.Identity.FindById(IdentityRecord.SingletonId);
            var checkpoint = database.Checkpoint.FindById(CheckpointRecord.SingletonId);
            return IndexStatuses.Of(progress, identity, checkpoint is null ? null : (ulong)checkpoint.BlockNumber, checkpoint?.TotalLogs ?? 0);
        });
    }

    public LedgerPoint Resolve(AsOf asOf)
    {
        var database = Serving();
        return database.Read(() => Resolve(database, asOf));
    }

    public BatchView? GetBatch(Hash32 root, AsOf asOf)
    {
        var database = Serving();
        return database.Read(() =>
        {
            var bound = Bound(database, asOf);
            var batch = Before(database.Batches, nameof(BatchAnchoredRecord.Root), Bin(root), bound).FirstOrDefault();
            return batch is null ? null : RecordViews.Batch(batch, BatchRevocation(database, batch.Root, bound));
        });
    }

    public Page<BatchView> ListBatches(BatchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var database = Serving();
        return database.Read(() =>
        {
            var bound = Bound(database, query.AsOf);
            var filters = StoreFilter.Of("_id", "<", bound).And("_id", ">", Cursor(query.Cursor));
            if (query.Issuer is { } issuer)
            {
                filters.And(nameof(BatchAnchoredRecord.Issuer), "=", Bin(issuer));
            }

            if (query.DocType is { } docType)
            {
                filters.And(nameof(BatchAnchoredRecord.DocType), "=", Bin(docType));
            }

            return Paged(database.Batches, filters, query.Limit, b => RecordViews.Batch(b, BatchRevocation(database, b.Root, bound)));
        });
    }

    public DocumentView GetDocument(Hash32 docHash, Hash32? root, AsOf asOf)
    {
        var database = Serving();
        return database.Read(() =>
        {
            var point = Resolve(database, asOf);
            var bound = ChainPosition.FirstOf(point.BlockNumber + 1);
            var hash = Bin(docHash);
            var revocation = Before(database.Revocations, nameof(RevocationRecord.Target), hash, bound)
                .Where(r => !r.IsBatch).OrderBy(r => r.Id).FirstOrDefault();
            var supersededBy = Before(database.Supersessions, nameof(SupersessionRecord.OldHash), hash, bound).OrderBy(s => s.Id).FirstOrDefault();
            var supersedes = Before(database.Supersessions, nameof(SupersessionRecord.NewHash), hash, bound).OrderBy(s => s.Id).ToList();
            var decisions = Before(database.Decisions, nameof(DecisionRecordedRecord.DocHash), hash, bound).OrderBy(d => d.Id).ToList();

            // The batches the document was named in: the one asked about, and those its own events name.
            var roots = new HashSet<Hash32>();
            if (root is { } asked)
            {
                roots.Add(asked);
            }

            if (revocation is not null)
            {
                roots.Add(new Hash32(revocation.Root));
            }

            if (supersededBy is not null)
            {
                roots.Add(new Hash32(supersededBy.OldRoot));
            }

            foreach (var newer in supersedes)
            {
                roots.Add(new Hash32(newer.NewRoot));
            }

            var batchRevocations = roots
                .Select(r => BatchRevocation(database, r.Bytes.ToArray(), bound))
                .OfType<RevocationRecord>()
                .OrderBy(r => r.Id)
                .Select(RecordViews.Revocation)
                .ToList();
            return new DocumentView(
                docHash, point, revocation is null ? null : RecordViews.Revocation(revocation), batchRevocations,
                supersededBy is null ? null : RecordViews.Supersession(supersededBy),
                [.. supersedes.Select(RecordViews.Supersession)], [.. decisions.Select(RecordViews.Decision)]);
        });
    }

    public IssuerView? GetIssuer(Address issuer, AsOf asOf)
    {
        var database = Serving();
        return database.Read(() =>
        {
            var point = Resolve(database, asOf);
            var events = Before(database.Accreditations, nameof(AccreditationEventRecord.Issuer), Bin(issuer), ChainPosition.FirstOf(point.BlockNumber + 1))
                .OrderBy(e => e.Id)
                .ToList();
            return events.Count == 0 ? null : Issuer(issuer, point, events);
        });
    }

    public IReadOnlyList<IssuerView> ListIssuers(AsOf asOf)
    {
        var database = Serving();
        return database.Read<IReadOnlyList<IssuerView>>(() =>
        {
            var point = Resolve(database, asOf);
            return [.. database.Accreditations
                .Find(StoreFilter.Of("_id", "<", ChainPosition.FirstOf(point.BlockNumber + 1)))
                .OrderBy(e => e.Id)
                .GroupBy(e => new Address(e.Issuer))
                .OrderBy(g => g.Key)
                .Select(g => Issuer(g.Key, point, [.. g]))];
        });
    }

    public IReadOnlyList<CustomsAuthorityView> ListCustomsAuthorities(AsOf asOf)
    {
        var database = Serving();
        return database.Read<IReadOnlyList<CustomsAuthorityView>>(() =>
        {
            var bound = Bound(database, asOf);
            return [.. database.CustomsAuthorities
                .Find(StoreFilter.Of("_id", "<", bound))
                .GroupBy(a => new Address(a.Authority))
                .OrderBy(g => g.Key)
                .Select(g => RecordViews.CustomsAuthority(g.MaxBy(a => a.Id)!))];
        });
    }

    public Page<DecisionView> ListDecisions(DecisionQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var database = Serving();
        return database.Read(() =>
        {
            var bound = Bound(database, query.AsOf);
            var first = query.FromBlock is { } from ? ChainPosition.FirstOf(from) - 1 : -1;
            var filters = StoreFilter.Of("_id", "<", bound).And("_id", ">", Math.Max(first, Cursor(query.Cursor)));
            if (query.DocHash is { } docHash)
            {
                filters.And(nameof(DecisionRecordedRecord.DocHash), "=", Bin(docHash));
            }

            if (query.Authority is { } authority)
            {
                filters.And(nameof(DecisionRecordedRecord.Authority), "=", Bin(authority));
            }

            if (query.Country is { } country)
            {
                filters.And(nameof(DecisionRecordedRecord.Country), "=", country);
            }

            if (query.Decision is { } decision)
            {
                filters.And(nameof(DecisionRecordedRecord.Decision), "=", (int)decision);
            }

            return Paged(database.Decisions, filters, query.Limit, RecordViews.Decision);
        });
    }

    public DigestView GetDigest(AsOf asOf)
    {
        var database = Serving();
        return database.Read(() =>
        {
            var point = Resolve(database, asOf);
            var block = LastLogBlock(database, point.BlockNumber);
            return block is null
                ? new DigestView(point.BlockNumber, Hash32.Zero, 0, null)
                : new DigestView(point.BlockNumber, new Hash32(block.Digest), block.TotalLogs, (ulong)block.Id);
        });
    }

    public IReadOnlyList<Log> GetLogs(ulong fromBlock, ulong toBlock, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var database = Serving();
        return database.Read<IReadOnlyList<Log>>(() =>
        {
            var checkpoint = Checkpoint(database);
            var last = Math.Min(toBlock, (ulong)checkpoint.BlockNumber);
            if (fromBlock > last)
            {
                return [];
            }

            var logs = new List<Log>();
            foreach (var block in database.RawBlocks.Find(StoreFilter.Of("_id", ">=", (long)fromBlock).And("_id", "<=", (long)last)))
            {
                var unpacked = RawLogPacking.Unpack(block);
                logs.AddRange(unpacked.Count <= limit - logs.Count ? unpacked : unpacked.Take(limit - logs.Count));
                if (logs.Count == limit)
                {
                    break;
                }
            }

            return logs;
        });
    }

    /// <summary>The block record of the last block with logs at or below <paramref name="blockNumber"/>.</summary>
    internal static BlockRecord? LastLogBlock(LedgerDatabase database, ulong blockNumber) =>
        database.Blocks.Query()
            .Where(StoreFilter.Of("_id", "<=", (long)blockNumber).And(nameof(BlockRecord.LogCount), ">", 0))
            .OrderByDescending("_id")
            .FirstOrDefault();

    private static IssuerView Issuer(Address issuer, LedgerPoint point, IReadOnlyList<AccreditationEventRecord> events) =>
        IssuerViews.Of(issuer, point, events.Select(e => (new Hash32(e.DocType), RecordViews.AccreditationEvent(e))));

    private static RevocationRecord? BatchRevocation(LedgerDatabase database, byte[] root, long bound) =>
        Before(database.Revocations, nameof(RevocationRecord.Target), new BsonValue(root), bound)
            .Where(r => r.IsBatch)
            .OrderBy(r => r.Id)
            .FirstOrDefault();

    // A seek on the equality index alone, the as-of bound applied to the few records it finds: LiteDB runs an
    // And of an index equality and an _id range as a seek plus a filter that re-evaluates the whole expression
    // per document, several times slower than this. The value is a parameter (StoreFilter): written into the
    // expression's text it made LiteDB compile a dynamic method for every new hash, most of a verification's CPU.
    private static IEnumerable<TRecord> Before<TRecord>(ILiteCollection<TRecord> collection, string field, BsonValue value, long bound)
        where TRecord : EventRecord =>
        collection.Find(StoreFilter.Of(field, "=", value)).Where(r => r.Id < bound);

    private static Page<TView> Paged<TRecord, TView>(ILiteCollection<TRecord> collection, StoreFilter filters, int limit, Func<TRecord, TView> view)
        where TRecord : EventRecord
    {
        if (limit is < 1 or > DecisionQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"a page holds 1 to {DecisionQuery.MaxLimit} items");
        }

        var items = collection.Query().Where(filters.ToExpression()).OrderBy("_id").Limit(limit + 1).ToList();
        var more = items.Count > limit;
        if (more)
        {
            items.RemoveAt(limit);
        }

        return new Page<TView>([.. items.Select(view)], more ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static long Cursor(string? cursor)
    {
        if (cursor is null)
        {
            return -1;
        }

        return long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw new ArgumentException($"cursor '{cursor}' is not one this index handed out; pass a page's nextCursor unchanged", nameof(cursor));
    }

    private static long Bound(LedgerDatabase database, AsOf asOf) => ChainPosition.FirstOf(Resolve(database, asOf).BlockNumber + 1);

    private static LedgerPoint Resolve(LedgerDatabase database, AsOf asOf)
    {
        var checkpoint = Checkpoint(database);
        var indexed = new LedgerPoint((ulong)checkpoint.BlockNumber, RecordViews.Time(checkpoint.BlockTimestamp));
        if (asOf.Block is { } number)
        {
            if (number >= indexed.BlockNumber)
            {
                return indexed;
            }

            var known = database.Blocks.Query().Where(StoreFilter.Of("_id", "<=", (long)number)).OrderByDescending("_id").FirstOrDefault();
            // Blocks without registry logs are not all kept; the state at them is the state at the last kept one.
            return new LedgerPoint(number, RecordViews.Time(known?.Timestamp ?? 0));
        }

        if (asOf.Time is { } time)
        {
            var seconds = time.ToUnixTimeSeconds();
            if (seconds >= checkpoint.BlockTimestamp)
            {
                return indexed;
            }

            var before = database.Blocks.Query()
                .Where(StoreFilter.Of(nameof(BlockRecord.Timestamp), "<=", seconds))
                .OrderByDescending("_id")
                .FirstOrDefault();
            return before is null ? new LedgerPoint(0, time) : new LedgerPoint((ulong)before.Id, RecordViews.Time(before.Timestamp));
        }

        return indexed;
    }

    private static CheckpointRecord Checkpoint(LedgerDatabase database) =>
        database.Checkpoint.FindById(CheckpointRecord.SingletonId) ?? throw IndexUnavailable.Empty();

    private LedgerDatabase Serving()
    {
        ThrowIfNotServed(progress);
        return store.Current;
    }

    /// <summary>Throws while the index does not match the chain the node follows (every read checks this first).</summary>
    internal static void ThrowIfNotServed(IndexerProgress progress)
    {
        var (state, _, problem, _, _) = progress.Snapshot();
        if (state == IndexState.ChainMismatch)
        {
            throw IndexUnavailable.Mismatched(problem);
        }
    }

    private static BsonValue Bin(Hash32 hash) => new(hash.Bytes.ToArray());

    private static BsonValue Bin(Address address) => new(address.Bytes.ToArray());
}
