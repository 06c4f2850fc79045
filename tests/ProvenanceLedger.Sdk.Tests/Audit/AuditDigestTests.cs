using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Audit;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Tests.Ethereum;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Audit;

public class AuditDigestTests
{
    private static readonly Hash32 BlockHashAb = new([.. Enumerable.Repeat((byte)0xab, 32)]);
    private static readonly Address Registry11 = new([.. Enumerable.Repeat((byte)0x11, 20)]);

    [Fact]
    public void Digest_of_no_logs_is_32_zero_bytes()
    {
        Assert.Equal(Hash32.Zero, new AuditDigestFold().Current);
        Assert.Equal(Hash32.Zero, new AuditDigestFold().At(1_000));
    }

    [Fact]
    public void One_log_without_topics_or_data_matches_the_known_answer()
    {
        // Computed by tests/ethers-oracle/commands/audit-digest.js (ethers.js, written from FORMAT.md section 7).
        var log = new Log(Registry11, [], [], 1, BlockHashAb, 0, Hash32.Zero, 0, false);

        var digest = AuditDigest.Next(AuditDigest.Initial, log);

        Assert.Equal("0x04287c4915e0277bc170b3f4dd5c252e10ee56da19102ffc434f936b974289f5", digest.ToString());
    }

    [Fact]
    public async Task Random_logs_fold_to_the_digest_ethers_computes()
    {
        var random = new Random(Seeded.Seed);
        var cases = new JsonArray();
        var expected = new List<(Hash32 Digest, Hash32 AtMiddle, ulong Middle)>();
        for (var c = 0; c < 20; c++)
        {
            var logs = RandomLogs(random, random.Next(1, 40));
            var fold = new AuditDigestFold().AppendAll(logs);
            var middle = logs[logs.Count / 2].BlockNumber;
            expected.Add((fold.Current, fold.At(middle), middle));
            cases.Add(new JsonObject { ["logs"] = new JsonArray([.. logs.Select(ToJson)]) });
        }

        var results = await EthersOracle.RunAsync("audit-digest", cases);

        for (var c = 0; c < cases.Count; c++)
        {
            Assert.Equal(expected[c].Digest.ToString(), (string?)results[c]!["digest"]);
            Assert.Equal(expected[c].AtMiddle.ToString(), (string?)results[c]!["byBlock"]![expected[c].Middle.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }

    [Fact]
    public void Fold_refuses_a_log_out_of_chain_order()
    {
        var fold = new AuditDigestFold();
        fold.Append(new Log(Registry11, [], [], 5, BlockHashAb, 3, Hash32.Zero, 0, false));

        var error = Assert.Throws<AuditDigestException>(() => fold.Append(new Log(Registry11, [], [], 5, BlockHashAb, 3, Hash32.Zero, 0, false)));

        Assert.Equal("log 3 of block 5 comes after log 3 of block 5; sort logs by (blockNumber, logIndex) before folding", error.Message);
        Assert.Throws<AuditDigestException>(() => fold.Append(new Log(Registry11, [], [], 4, BlockHashAb, 9, Hash32.Zero, 0, false)));
    }

    [Fact]
    public void Fold_refuses_a_removed_log()
    {
        var error = Assert.Throws<AuditDigestException>(() => new AuditDigestFold().Append(new Log(Registry11, [], [], 2, BlockHashAb, 0, Hash32.Zero, 0, true)));

        Assert.Equal("log 0 of block 2 is marked removed; fold only the canonical chain", error.Message);
    }

    [Fact]
    public void Changing_any_part_of_a_log_changes_the_digest()
    {
        var random = new Random(Seeded.Seed);
        var logs = RandomLogs(random, 10);
        var original = new AuditDigestFold().AppendAll(logs).Current;
        var target = logs[4];
        var variants = new[]
        {
            target with { Data = [.. target.Data, 0] },
            target with { BlockHash = new Hash32(Seeded.Bytes(random, 32)) },
            target with { Address = new Address(Seeded.Bytes(random, 20)) },
            target with { Topics = [.. target.Topics.Take(target.Topics.Count - 1)] },
            target with { LogIndex = target.LogIndex + 1 },
        };

        foreach (var variant in variants)
        {
            var changed = logs.Select(l => ReferenceEquals(l, target) ? variant : l);
            Assert.NotEqual(original, new AuditDigestFold().AppendAll(changed).Current);
        }

        Assert.NotEqual(original, new AuditDigestFold().AppendAll(logs.Where(l => !ReferenceEquals(l, target))).Current);
    }

    [Fact]
    public void Fold_records_the_digest_at_the_end_of_each_block()
    {
        var logs = RandomLogs(new Random(Seeded.Seed), 12);
        var fold = new AuditDigestFold().AppendAll(logs);

        var blocks = logs.GroupBy(l => l.BlockNumber).ToList();
        Assert.Equal(blocks.Select(b => b.Key), fold.Blocks.Select(b => b.BlockNumber));
        Assert.Equal(blocks.Select(b => b.Count()), fold.Blocks.Select(b => b.LogCount));
        Assert.Equal(fold.Current, fold.Blocks[^1].Digest);
        Assert.Equal(Hash32.Zero, fold.At(logs[0].BlockNumber - 1));
        var resumed = new AuditDigestFold(fold.Blocks[0].Digest, fold.Blocks[0].BlockNumber, blocks[0].Last().LogIndex)
            .AppendAll(logs.Skip(blocks[0].Count()));
        Assert.Equal(fold.Current, resumed.Current);
    }

    private static List<Log> RandomLogs(Random random, int count)
    {
        var logs = new List<Log>();
        ulong block = (ulong)random.Next(1, 1_000_000);
        ulong index = 0;
        for (var i = 0; i < count; i++)
        {
            if (random.Next(3) == 0)
            {
                block += (ulong)random.Next(1, 5);
                index = (ulong)random.Next(0, 3);
            }

            var topics = Enumerable.Range(0, random.Next(0, 5)).Select(_ => new Hash32(Seeded.Bytes(random, 32))).ToArray();
            logs.Add(new Log(
                new Address(Seeded.Bytes(random, 20)), topics, Seeded.Bytes(random, random.Next(0, 200)), block,
                new Hash32(Seeded.Bytes(random, 32)), index, Hash32.Zero, 0, false));
            index += (ulong)random.Next(1, 3);
        }

        // One hash per block, as on a chain.
        var hashes = logs.Select(l => l.BlockNumber).Distinct().ToDictionary(b => b, _ => new Hash32(Seeded.Bytes(random, 32)));
        return [.. logs.Select(l => l with { BlockHash = hashes[l.BlockNumber] })];
    }

    private static JsonNode ToJson(Log log) => new JsonObject
    {
        ["blockNumber"] = "0x" + log.BlockNumber.ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        ["blockHash"] = log.BlockHash.ToString(),
        ["logIndex"] = "0x" + log.LogIndex.ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        ["address"] = log.Address.ToLowerHex(),
        ["topics"] = new JsonArray([.. log.Topics.Select(t => (JsonNode)t.ToString())]),
        ["data"] = Hex.Encode(log.Data),
    };
}
