using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Sdk.Verification;

/// <summary>
/// Rebuilds an issuer's accreditation periods for one type from the registry's accreditation events, as the
/// contracts README specifies: a grant cuts a running period at its start and opens [validFrom, validUntil);
/// a suspension or end cuts the running period at its block time; a reinstatement opens [validFrom, validUntil).
/// </summary>
public static class AccreditationHistoryReplay
{
    /// <summary>Replays <paramref name="events"/> (one issuer and type, chain order); <paramref name="blockTime"/> gives each event's block time.</summary>
    public static LedgerAccreditation Replay(IEnumerable<RegistryEvent> events, Func<RegistryEvent, DateTimeOffset> blockTime)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(blockTime);
        var periods = new List<AccreditationPeriod>();
        var status = AccreditationStatus.None;
        string? name = null, uri = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case AccreditationGrantedEvent granted:
                    Cut(periods, granted.ValidFrom);
                    periods.Add(new AccreditationPeriod(granted.ValidFrom, granted.ValidUntil));
                    (status, name, uri) = (AccreditationStatus.Active, granted.Name, granted.Uri);
                    break;
                case AccreditationSuspendedEvent:
                    Cut(periods, blockTime(e));
                    status = AccreditationStatus.Suspended;
                    break;
                case AccreditationReinstatedEvent reinstated:
                    periods.Add(new AccreditationPeriod(reinstated.ValidFrom, reinstated.ValidUntil));
                    status = AccreditationStatus.Active;
                    break;
                case AccreditationEndedEvent:
                    Cut(periods, blockTime(e));
                    status = AccreditationStatus.Ended;
                    break;
                default:
                    break;
            }
        }

        return new LedgerAccreditation(status, name, uri, periods);
    }

    private static void Cut(List<AccreditationPeriod> periods, DateTimeOffset at)
    {
        if (periods.Count > 0 && periods[^1].ValidUntil > at)
        {
            periods[^1] = periods[^1] with { ValidUntil = at < periods[^1].ValidFrom ? periods[^1].ValidFrom : at };
        }
    }
}
