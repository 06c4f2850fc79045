using ProvenanceLedger.Node.Store;

namespace ProvenanceLedger.Node.Tests.Store;

public class RawLogPackingTests
{
    [Fact]
    public void A_block_of_logs_round_trips_exactly()
    {
        var random = new Random(1337);
        foreach (var block in SyntheticLogs.Blocks(random, 1_000, 20, 12).GroupBy(l => l.BlockNumber))
        {
            var logs = block.ToList();

            var record = RawLogPacking.Pack(logs);
            var unpacked = RawLogPacking.Unpack(record);

            Assert.Equal((long)block.Key, record.Id);
            Assert.Equal(logs[0].BlockHash.Bytes.ToArray(), record.BlockHash);
            Assert.Equal(logs.Count, record.LogCount);
            Assert.Equal(logs.Select(SyntheticLogs.Describe), unpacked.Select(SyntheticLogs.Describe));
        }
    }

    [Fact]
    public void The_packing_spends_no_bytes_beyond_the_fields()
    {
        var logs = SyntheticLogs.Blocks(new Random(1337), 7, 1, 5);

        var record = RawLogPacking.Pack(logs);

        // log index 4 + transaction index 4 + transaction hash 32 + address 20 + topic count 1 + data length 4 = 65.
        Assert.Equal(logs.Sum(l => 65 + (32 * l.Topics.Count) + l.Data.Length), record.Logs.Length);
    }

    [Fact]
    public void Logs_of_two_blocks_are_refused()
    {
        var logs = SyntheticLogs.Blocks(new Random(1337), 7, 2, 3);

        var error = Assert.Throws<ArgumentException>(() => RawLogPacking.Pack(logs));

        Assert.Contains("pack one block at a time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_short_or_overlong_value_is_refused()
    {
        var record = RawLogPacking.Pack(SyntheticLogs.Blocks(new Random(1337), 7, 1, 4));
        var full = record.Logs;

        record.Logs = full[..^1];
        Assert.Contains("cut short", Assert.Throws<InvalidDataException>(() => RawLogPacking.Unpack(record)).Message, StringComparison.Ordinal);
        record.Logs = [.. full, 0];
        Assert.Contains("1 bytes beyond", Assert.Throws<InvalidDataException>(() => RawLogPacking.Unpack(record)).Message, StringComparison.Ordinal);
    }
}
