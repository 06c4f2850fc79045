using System.Globalization;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Bench.Ingest;

/// <summary>
/// Managed memory the in-memory read model holds per registry event: each kind alone, then the issue-6 mix,
/// fed range by range exactly as the indexer feeds it. Heap measured after a full collection before and after.
/// </summary>
internal static class ReadModelMemory
{
    public static void Report(double scale, Address registry, TextWriter output)
    {
        var batches = (int)(10_000 * scale);
        var decisions = (int)(100_000 * scale);
        var revocations = (int)(10_000 * scale);
        output.WriteLine();
        output.WriteLine("| read model holding | events | managed bytes | bytes/event |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        Row(output, "batches (BatchAnchored)", SyntheticRegistryLogs.Generate(batches, 0, 0, 50, 1_000, registry));
        Row(output, "customs decisions (DecisionRecorded)", SyntheticRegistryLogs.Generate(0, decisions, 0, 50, 1_000, registry));
        Row(output, "document revocations (DocumentRevoked)", SyntheticRegistryLogs.Generate(0, 0, revocations, 50, 1_000, registry));
        Row(output, "the issue-6 mix (1 : 10 : 1)", SyntheticRegistryLogs.Generate(batches, decisions, revocations, 50, 1_000, registry));
    }

    private static void Row(TextWriter output, string what, IReadOnlyList<Sdk.Ethereum.Rpc.Log> logs)
    {
        var ranges = StoreIngestRun.Ranges(logs).ToList();
        var decoder = new RegistryEventDecoder();
        using var database = LedgerDatabase.OpenInMemory();
        var totalLogs = 0L;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var state = new ReadState(database, identity: null);
        foreach (var range in ranges)
        {
            totalLogs += range.Logs.Count;
            var checkpoint = new CheckpointRecord
            {
                BlockNumber = (long)range.To.Number, BlockHash = range.To.Hash.Bytes.ToArray(), BlockTimestamp = (long)range.To.Timestamp, TotalLogs = totalLogs,
            };
            ReadStateBuilder.Append(state, range, range.To.Number, checkpoint, decoder, afterRecordAdded: null);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(state);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {logs.Count:N0} | {after - before:N0} | {(after - before) / (double)logs.Count:N0} |"));
    }
}
