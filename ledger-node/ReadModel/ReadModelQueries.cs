using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.ReadModel;

/// <summary>
/// The hot reads answered from one <see cref="ReadHead"/> of a <see cref="ReadState"/>, with exactly the
/// answers of the store's <see cref="Store.LedgerIndex"/>: as of block B means every event of a block at or below B.
/// </summary>
internal readonly struct ReadModelQueries(ReadState state, ReadHead head)
{
    public LedgerPoint Resolve(AsOf asOf)
    {
        if (asOf.Block is { } number)
        {
            if (number >= head.Block)
            {
                return head.Point;
            }

            // Blocks without registry logs are not all kept; the state at them is the state at the last kept one.
            return new LedgerPoint(number, DateTimeOffset.FromUnixTimeSeconds(head.AtOrBelow(number)?.Timestamp ?? 0));
        }

        if (asOf.Time is { } time)
        {
            var seconds = time.ToUnixTimeSeconds();
            if (seconds >= head.Timestamp)
            {
                return head.Point;
            }

            return head.LastAtOrBefore(seconds) is { } before
                ? new LedgerPoint(before.Number, DateTimeOffset.FromUnixTimeSeconds(before.Timestamp))
                : new LedgerPoint(0, time);
        }

        return head.Point;
    }

    public BatchView? GetBatch(Hash32 root, AsOf asOf)
    {
        var block = Resolve(asOf).BlockNumber;
        var facts = state.Facts(root);
        if (facts.Batch is not { } batch || batch.Anchored.BlockNumber > block)
        {
            return null;
        }

        return First(facts.BatchRevocations, block, r => r.At) is { } revocation ? batch with { Revocation = revocation } : batch;
    }

    public DocumentView GetDocument(Hash32 docHash, Hash32? root, AsOf asOf)
    {
        var point = Resolve(asOf);
        var block = point.BlockNumber;
        var facts = state.Facts(docHash);
        var revocation = First(facts.DocumentRevocations, block, r => r.At);
        var supersededBy = First(facts.SupersededBy, block, s => s.At);
        var supersedes = UpTo(facts.Supersedes, block, s => s.At);
        var decisions = UpTo(facts.Decisions, block, d => d.At);

        // The batches the document was named in: the one asked about, and those its own events name.
        var roots = new List<Hash32>(2);
        if (root is { } asked)
        {
            roots.Add(asked);
        }

        if (revocation is not null)
        {
            AddOnce(roots, revocation.Root);
        }

        if (supersededBy is not null)
        {
            AddOnce(roots, supersededBy.OldRoot);
        }

        foreach (var newer in supersedes)
        {
            AddOnce(roots, newer.NewRoot);
        }

        var batchRevocations = new List<RevocationView>(0);
        foreach (var batchRoot in roots)
        {
            if (First(state.Facts(batchRoot).BatchRevocations, block, r => r.At) is { } revoked)
            {
                batchRevocations.Add(revoked);
            }
        }

        if (batchRevocations.Count > 1)
        {
            batchRevocations.Sort((a, b) => (a.At.BlockNumber, a.At.LogIndex).CompareTo((b.At.BlockNumber, b.At.LogIndex)));
        }

        return new DocumentView(docHash, point, revocation, batchRevocations, supersededBy, supersedes, decisions);
    }

    public IssuerView? GetIssuer(Address issuer, AsOf asOf)
    {
        var point = Resolve(asOf);
        var events = state.Accreditations(issuer);
        var visible = UpTo(events, point.BlockNumber, e => e.Event.At);
        return visible.Length == 0 ? null : IssuerViews.Of(issuer, point, visible.Select(e => (e.DocType, e.Event)));
    }

    // Lists are in chain order, so the events at or below a block are a prefix.
    private static T? First<T>(T[] events, ulong block, Func<T, EventLocation> at)
        where T : class =>
        events.Length > 0 && at(events[0]).BlockNumber <= block ? events[0] : null;

    private static T[] UpTo<T>(T[] events, ulong block, Func<T, EventLocation> at)
    {
        var count = 0;
        while (count < events.Length && at(events[count]).BlockNumber <= block)
        {
            count++;
        }

        return count == events.Length ? events : events[..count];
    }

    private static void AddOnce(List<Hash32> roots, Hash32 root)
    {
        if (!roots.Contains(root))
        {
            roots.Add(root);
        }
    }
}
