using System.Diagnostics;
using System.Globalization;
using ProvenanceLedger.Bench.Peer;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Bench.Ingest;

/// <summary>
/// The node's write path without the chain: decode, digest, and write ranges into a LiteDB file exactly as
/// the indexer does, timing each stage on its own so the bottleneck shows. Usage:
/// <c>bench store [scale] [logs per transaction]</c>, scale 1 = 10,000 batches + 100,000 decisions + 10,000
/// revocations. Ranges are read as 5,000 logs; consecutive ranges are joined into one transaction up to the
/// given number of logs, as the indexer does while catching up (default: the node's default; 0 = one range each).
/// </summary>
internal static class StoreIngestRun
{
    private const int LogsPerBlock = 50;
    private const int LogsPerRange = 5_000;

    public static int Run(double scale, int logsPerTransaction, TextWriter output)
    {
        var registry = new Address(Keccak256.Hash("bench-registry"u8).Bytes[..20]);
        var logs = SyntheticRegistryLogs.Generate(
            (int)(10_000 * scale), (int)(100_000 * scale), (int)(10_000 * scale), LogsPerBlock, firstBlock: 1_000, registry);
        output.WriteLine($"{logs.Count:N0} registry logs in {logs[^1].BlockNumber - logs[0].BlockNumber + 1:N0} blocks ({LogsPerBlock} per block), ranges of {LogsPerRange:N0} logs, up to {logsPerTransaction:N0} logs per transaction");

        var decoder = new RegistryEventDecoder();
        var decode = Measure(() =>
        {
            foreach (var log in logs)
            {
                decoder.TryDecode(log);
            }
        });
        var digest = Measure(() => new AuditDigestFold().AppendAll(logs));

        var directory = Directory.CreateTempSubdirectory("ledger-bench-").FullName;
        try
        {
            var path = Path.Combine(directory, "ledger.db");
            var writer = new LedgerWriter(decoder);
            var ranges = Transactions(Ranges(logs), logsPerTransaction).ToList();
            Measured write;
            using (var database = LedgerDatabase.OpenFile(path))
            {
                write = Measure(() =>
                {
                    foreach (var range in ranges)
                    {
                        writer.Append(database, range, keepBlocksFrom: range.To.Number);
                    }
                });
                database.Flush();
            }

            var bytes = Directory.EnumerateFiles(directory).Sum(f => new FileInfo(f).Length);
            output.WriteLine();
            output.WriteLine("| stage | wall time | events/s | process CPU time | events per CPU second | calling thread's CPU time |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            Row(output, "decode (RegistryEventDecoder)", decode, logs.Count);
            Row(output, "audit digest fold", digest, logs.Count);
            Row(output, $"LedgerWriter.Append (decode + digest + LiteDB, {ranges.Count} transactions)", write, logs.Count);
            output.WriteLine();
            output.WriteLine($"store: {bytes:N0} bytes on disk = {bytes / (double)logs.Count:N0} bytes/event");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    internal static IEnumerable<IndexedRange> Ranges(IReadOnlyList<Log> logs)
    {
        for (var start = 0; start < logs.Count;)
        {
            // A range ends on a block boundary, as eth_getLogs ranges do.
            var end = Math.Min(start + LogsPerRange, logs.Count);
            while (end < logs.Count && logs[end].BlockNumber == logs[end - 1].BlockNumber)
            {
                end++;
            }

            var slice = logs.Skip(start).Take(end - start).ToList();
            var headers = slice.Select(l => l.BlockNumber).Distinct().ToDictionary(n => n, n => Header(n, slice.First(l => l.BlockNumber == n).BlockHash));
            yield return new IndexedRange(slice[0].BlockNumber, headers[slice[^1].BlockNumber], slice, headers);
            start = end;
        }
    }

    // Joins the next range while the transaction holds fewer logs than the budget, as TransactionRangeReader does.
    private static IEnumerable<IndexedRange> Transactions(IEnumerable<IndexedRange> ranges, int logsPerTransaction)
    {
        IndexedRange? open = null;
        foreach (var range in ranges)
        {
            if (open is not null && open.Logs.Count >= logsPerTransaction)
            {
                yield return open;
                open = null;
            }

            open = open is null ? range : open.Then(range);
        }

        if (open is not null)
        {
            yield return open;
        }
    }

    private static BlockHeader Header(ulong number, Hash32 hash) =>
        new(number, hash, Hash32.Zero, 1_767_225_600 + (number * 2), null, 30_000_000, 0, null, []);

    // Wall time and the process's CPU time (all threads: LiteDB's disk writer and the GC included): on a shared
    // machine the wall time mostly measures the neighbours, the CPU time what the write path costs.
    private static Measured Measure(Action action)
    {
        var cpuBefore = ProcessorTime.Now();
        var threadBefore = ThreadCpuTime.Now();
        var started = Stopwatch.GetTimestamp();
        action();
        var wall = Stopwatch.GetElapsedTime(started);
        return new Measured(wall, ProcessorTime.Now() - cpuBefore, ThreadCpuTime.Now() - threadBefore);
    }

    private static void Row(TextWriter output, string stage, Measured measured, int events) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {stage} | {measured.Wall.TotalSeconds:0.00} s | {events / measured.Wall.TotalSeconds:N0} | {measured.Cpu.TotalSeconds:0.00} s | {events / measured.Cpu.TotalSeconds:N0} | {measured.ThreadCpu.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture)} |"));

    private readonly record struct Measured(TimeSpan Wall, TimeSpan Cpu, TimeSpan ThreadCpu);
}
