using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Ledger;

/// <summary>
/// Rebuilds an (issuer, type)'s status and periods from its events exactly as the contract keeps them: a
/// grant cuts a running period at its start and opens [validFrom, validUntil); a suspension or end cuts the
/// running period at the block time; a reinstatement opens a new period. A cut never ends a period before it
/// began (such a period becomes empty, as in the contract).
/// </summary>
internal static class AccreditationReplay
{
    public static (AccreditationStatus Status, IReadOnlyList<AccreditationPeriod> Periods) Replay(IEnumerable<AccreditationEventView> events)
    {
        var status = AccreditationStatus.None;
        var periods = new List<AccreditationPeriod>();
        foreach (var change in events)
        {
            switch (change.Change)
            {
                case AccreditationChange.Granted:
                    if (status == AccreditationStatus.Active)
                    {
                        CutLast(periods, change.ValidFrom!.Value);
                    }

                    periods.Add(new AccreditationPeriod(change.ValidFrom!.Value, change.ValidUntil!.Value));
                    status = AccreditationStatus.Active;
                    break;
                case AccreditationChange.Reinstated:
                    periods.Add(new AccreditationPeriod(change.ValidFrom!.Value, change.ValidUntil!.Value));
                    status = AccreditationStatus.Active;
                    break;
                case AccreditationChange.Suspended:
                case AccreditationChange.Ended:
                    if (status == AccreditationStatus.Active)
                    {
                        CutLast(periods, change.At.BlockTime);
                    }

                    status = change.Change == AccreditationChange.Suspended ? AccreditationStatus.Suspended : AccreditationStatus.Ended;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(events), change.Change, "unknown accreditation change");
            }
        }

        return (status, periods);
    }

    private static void CutLast(List<AccreditationPeriod> periods, DateTimeOffset at)
    {
        var last = periods[^1];
        if (at < last.ValidUntil)
        {
            periods[^1] = last with { ValidUntil = at > last.ValidFrom ? at : last.ValidFrom };
        }
    }
}
