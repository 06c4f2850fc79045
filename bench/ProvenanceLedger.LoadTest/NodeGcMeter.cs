using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace ProvenanceLedger.LoadTest;

/// <summary>
/// What the node's garbage collector saw while the meter ran, from the runtime's own events (EventPipe, GC
/// keyword at verbose level): the bytes it allocated — the sum of its allocation ticks, one event per ~100 KB
/// allocated, each carrying the exact amount since the previous one — and its collections per generation.
/// One event per 100 KB costs the node next to nothing, so the meter runs inside the measured phase.
/// </summary>
internal sealed class NodeGcMeter : IDisposable
{
    private readonly EventPipeSession _session;
    private readonly EventPipeEventSource _source;
    private readonly Task _reading;
    private long _allocatedBytes;
    private readonly int[] _collections = new int[3];

    private NodeGcMeter(EventPipeSession session)
    {
        _session = session;
        _source = new EventPipeEventSource(session.EventStream);
        _source.Clr.GCAllocationTick += tick => _allocatedBytes += tick.AllocationAmount64;
        _source.Clr.GCStart += start => _collections[Math.Min(start.Depth, 2)]++;
        _reading = Task.Run(_source.Process);
    }

    /// <summary>Starts metering process <paramref name="processId"/> (a .NET process with diagnostics on, the default).</summary>
    public static NodeGcMeter Start(int processId) =>
        new(new DiagnosticsClient(processId).StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, (long)ClrTraceEventParser.Keywords.GC),
            requestRundown: false));

    /// <summary>Stops the session and returns what it saw (the runtime flushes its buffered events first).</summary>
    public NodeGcFigures Stop()
    {
        _session.Stop();
        _reading.GetAwaiter().GetResult();
        return new NodeGcFigures(_allocatedBytes, _collections[0], _collections[1], _collections[2]);
    }

    /// <summary>Ends the session (when <see cref="Stop"/> was not reached), waits for the reader and releases the stream.</summary>
    public void Dispose()
    {
        _session.Dispose();
        try
        {
            _reading.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only after a failed phase, whose own exception is the one that matters: the reader ends with the stream.
            Console.Error.WriteLine($"GC meter: the event reader ended with {e.GetType().Name}: {e.Message}");
        }

        _source.Dispose();
    }
}

/// <summary>The node's allocations and collections over a measured phase.</summary>
internal sealed record NodeGcFigures(long AllocatedBytes, int Gen0Collections, int Gen1Collections, int Gen2Collections);
