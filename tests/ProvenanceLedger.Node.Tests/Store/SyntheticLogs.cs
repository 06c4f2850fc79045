using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Tests.Store;

/// <summary>Seeded logs of unknown events (raw logs only, no decoded record) with 0-4 topics and data of any length.</summary>
internal static class SyntheticLogs
{
    public static List<Log> Blocks(Random random, ulong firstBlock, int blocks, int maxLogsPerBlock)
    {
        var address = new Address(Bytes(random, Address.Size));
        var logs = new List<Log>();
        for (var b = 0; b < blocks; b++)
        {
            var number = firstBlock + (ulong)(b * 3);
            var hash = new Hash32(Bytes(random, Hash32.Size));
            var count = random.Next(1, maxLogsPerBlock + 1);
            var logIndex = (ulong)random.Next(0, 5);
            for (var i = 0; i < count; i++)
            {
                var topics = Enumerable.Range(0, random.Next(0, 5)).Select(_ => new Hash32(Bytes(random, Hash32.Size))).ToArray();
                logs.Add(new Log(address, topics, Bytes(random, random.Next(0, 300)), number, hash, logIndex, new Hash32(Bytes(random, Hash32.Size)), (ulong)random.Next(0, 400), Removed: false));
                logIndex += (ulong)random.Next(1, 4);
            }
        }

        return logs;
    }

    /// <summary>The range of the given logs as the indexer hands it to the writer (header of every log block; the last is the range end).</summary>
    public static IndexedRange Range(ulong fromBlock, IReadOnlyList<Log> logs)
    {
        var headers = logs.GroupBy(l => l.BlockNumber).ToDictionary(g => g.Key, g => Header(g.Key, g.First().BlockHash));
        return new IndexedRange(fromBlock, headers[logs[^1].BlockNumber], logs, headers);
    }

    public static BlockHeader Header(ulong number, Hash32 hash) => new(number, hash, Hash32.Zero, 1_767_225_600 + (number * 2), null, 30_000_000, 0, null, []);

    /// <summary>Every field of a log as text: <see cref="Log"/> compares its topics and data by reference.</summary>
    public static string Describe(Log log) =>
        $"{log.BlockNumber}/{log.BlockHash}/{log.LogIndex}/{log.TransactionHash}/{log.TransactionIndex}/{log.Address}/{string.Join(",", log.Topics)}/{Convert.ToHexString(log.Data)}/{log.Removed}";

    public static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
