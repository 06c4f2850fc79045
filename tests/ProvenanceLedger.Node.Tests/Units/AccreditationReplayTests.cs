using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Tests.Units;

public class AccreditationReplayTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_grant_replacing_a_running_one_cuts_it_at_the_new_start()
    {
        var (status, periods) = AccreditationReplay.Replay(
        [
            Granted(T0, T0.AddDays(100), at: T0),
            Granted(T0.AddDays(10), T0.AddDays(50), at: T0.AddDays(5)),
        ]);

        Assert.Equal(AccreditationStatus.Active, status);
        Assert.Equal([new AccreditationPeriod(T0, T0.AddDays(10)), new AccreditationPeriod(T0.AddDays(10), T0.AddDays(50))], periods);
    }

    [Fact]
    public void Suspension_cuts_at_block_time_and_reinstatement_opens_a_new_period()
    {
        var (status, periods) = AccreditationReplay.Replay(
        [
            Granted(T0, T0.AddDays(100), at: T0),
            Change(AccreditationChange.Suspended, at: T0.AddDays(20)),
            Reinstated(T0.AddDays(30), T0.AddDays(100), at: T0.AddDays(30)),
            Change(AccreditationChange.Ended, at: T0.AddDays(40)),
        ]);

        Assert.Equal(AccreditationStatus.Ended, status);
        Assert.Equal(
            [new AccreditationPeriod(T0, T0.AddDays(20)), new AccreditationPeriod(T0.AddDays(30), T0.AddDays(40))],
            periods);
    }

    [Fact]
    public void A_period_cut_before_it_began_becomes_empty_and_a_grant_after_an_end_cuts_nothing()
    {
        var (status, periods) = AccreditationReplay.Replay(
        [
            Granted(T0.AddDays(10), T0.AddDays(20), at: T0),
            Change(AccreditationChange.Ended, at: T0.AddDays(1)),
            Granted(T0.AddDays(2), T0.AddDays(3), at: T0.AddDays(2)),
        ]);

        Assert.Equal(AccreditationStatus.Active, status);
        Assert.Equal(
            [new AccreditationPeriod(T0.AddDays(10), T0.AddDays(10)), new AccreditationPeriod(T0.AddDays(2), T0.AddDays(3))],
            periods);
    }

    private static AccreditationEventView Granted(DateTimeOffset from, DateTimeOffset until, DateTimeOffset at) =>
        new(AccreditationChange.Granted, from, until, "Issuer", "https://issuer.example", null, Location(at));

    private static AccreditationEventView Reinstated(DateTimeOffset from, DateTimeOffset until, DateTimeOffset at) =>
        new(AccreditationChange.Reinstated, from, until, null, null, null, Location(at));

    private static AccreditationEventView Change(AccreditationChange change, DateTimeOffset at) =>
        new(change, null, null, null, null, AccreditationReason.Administrative, Location(at));

    private static EventLocation Location(DateTimeOffset at) => new(1, at, Hash32.Zero, 0, Address.Zero);
}
