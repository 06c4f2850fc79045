using LiteDB;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// The documents one range adds, built before its transaction opens: one raw-log document per block with logs,
/// and the decoded records grouped by collection (in chain order), each group inserted with one call.
/// </summary>
internal sealed class RangeDocuments
{
    private RangeDocuments(List<BsonDocument> rawBlocks, List<(string Collection, List<BsonDocument> Documents)> events)
    {
        RawBlocks = rawBlocks;
        Events = events;
    }

    public List<BsonDocument> RawBlocks { get; }

    public List<(string Collection, List<BsonDocument> Documents)> Events { get; }

    public static RangeDocuments Build(IndexedRange range, RegistryEventDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentNullException.ThrowIfNull(decoder);
        var rawBlocks = new List<BsonDocument>();
        var events = new Dictionary<string, List<BsonDocument>>(StringComparer.Ordinal);
        var logs = range.Logs;
        for (var start = 0; start < logs.Count;)
        {
            var end = start + 1;
            while (end < logs.Count && logs[end].BlockNumber == logs[start].BlockNumber)
            {
                end++;
            }

            var block = new Log[end - start];
            for (var i = start; i < end; i++)
            {
                block[i - start] = logs[i];
            }

            rawBlocks.Add(RecordDocuments.Of(RawLogPacking.Pack(block)));
            var timestamp = (long)range.LogBlocks[logs[start].BlockNumber].Timestamp;
            foreach (var log in block)
            {
                if (decoder.TryDecode(log) is { } decoded && EventRecords.From(decoded, log, timestamp) is { } record)
                {
                    var collection = LedgerDatabase.CollectionOf(record.GetType());
                    if (!events.TryGetValue(collection, out var documents))
                    {
                        documents = [];
                        events.Add(collection, documents);
                    }

                    documents.Add(RecordDocuments.Of(record));
                }
            }

            start = end;
        }

        return new RangeDocuments(rawBlocks, [.. events.Select(e => (e.Key, e.Value))]);
    }
}
