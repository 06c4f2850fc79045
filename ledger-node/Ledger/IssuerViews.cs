using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>Builds an issuer's view from its accreditation events (the store and the in-memory read model share it).</summary>
internal static class IssuerViews
{
    /// <param name="issuer">The issuer.</param>
    /// <param name="point">The block the answer is at.</param>
    /// <param name="events">The issuer's events up to that block, in chain order.</param>
    public static IssuerView Of(Address issuer, LedgerPoint point, IEnumerable<(Hash32 DocType, AccreditationEventView Event)> events) =>
        new(issuer, point, [.. events
            .GroupBy(e => e.DocType, e => e.Event)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var history = g.ToList();
                var (status, periods) = AccreditationReplay.Replay(history);
                var granted = history.LastOrDefault(e => e.Change == AccreditationChange.Granted);
                return new AccreditationView(issuer, g.Key, granted?.Name ?? "", granted?.Uri ?? "", status, periods, history);
            })]);
}
