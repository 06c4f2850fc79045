using System.Diagnostics.Metrics;

namespace ProvenanceLedger.Node.Indexing;

/// <summary>
/// The indexer's instruments on the "ProvenanceLedger.Node" meter: chain head, indexed block and lag as
/// gauges; events, reorgs and errors as counters; the ingest rate of the last range.
/// </summary>
internal sealed class IndexerMetrics
{
    public const string MeterName = "ProvenanceLedger.Node";

    private readonly Counter<long> _events;
    private readonly Counter<long> _reorgs;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _rangeSeconds;
    private long _head;
    private long _indexed;
    private long _lag;
    private double _eventsPerSecond;

    public IndexerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("ledger.chain.head", () => Interlocked.Read(ref _head), "{block}", "Chain head block number when last seen");
        meter.CreateObservableGauge("ledger.index.block", () => Interlocked.Read(ref _indexed), "{block}", "Last fully indexed block");
        meter.CreateObservableGauge("ledger.index.lag", () => Interlocked.Read(ref _lag), "{block}", "Blocks between the confirmed head and the indexed block");
        meter.CreateObservableGauge("ledger.index.events_per_second", () => Volatile.Read(ref _eventsPerSecond), "{event}/s", "Registry events ingested per second over the last range");
        _events = meter.CreateCounter<long>("ledger.index.events", "{event}", "Registry logs indexed");
        _reorgs = meter.CreateCounter<long>("ledger.index.reorgs", "{reorg}", "Reorgs rolled back");
        _errors = meter.CreateCounter<long>("ledger.index.errors", "{error}", "Failed indexer iterations (chain unreachable, refused ranges, ...)");
        _rangeSeconds = meter.CreateHistogram<double>("ledger.index.range.duration", "s", "Time to read and write one block range");
    }

    public void Head(ulong head, ulong confirmations, ulong? indexed)
    {
        Interlocked.Exchange(ref _head, (long)head);
        var target = head >= confirmations ? head - confirmations : 0;
        Interlocked.Exchange(ref _lag, indexed is { } i && i < target ? (long)(target - i) : indexed is null ? (long)target : 0);
    }

    public void RangeIndexed(ulong indexed, int events, TimeSpan elapsed)
    {
        Interlocked.Exchange(ref _indexed, (long)indexed);
        _events.Add(events);
        _rangeSeconds.Record(elapsed.TotalSeconds);
        Volatile.Write(ref _eventsPerSecond, elapsed > TimeSpan.Zero ? events / elapsed.TotalSeconds : 0);
    }

    public void Reorg() => _reorgs.Add(1);

    public void Error() => _errors.Add(1);
}
