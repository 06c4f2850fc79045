using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Bench.Ingest;

/// <summary>
/// Registry logs exactly as the contract would emit them (topics and data ABI-encoded from the registry's
/// own ABI), for a chain of busy blocks: batches, customs decisions and document revocations in the
/// proportions of the target (1 : 10 : 1), seeded.
/// </summary>
internal static class SyntheticRegistryLogs
{
    public static IReadOnlyList<Log> Generate(int batches, int decisions, int revocations, int logsPerBlock, ulong firstBlock, Address registry, int seed = 1337)
    {
        var random = new Random(seed);
        var anchored = RegistryClient.Abi.GetEvent("BatchAnchored");
        var decided = RegistryClient.Abi.GetEvent("DecisionRecorded");
        var revoked = RegistryClient.Abi.GetEvent("DocumentRevoked");
        var issuer = new Address(Bytes(random, 20));
        var authority = new Address(Bytes(random, 20));
        var docType = Keccak256.Hash("certificate-of-origin"u8);
        var roots = new List<Hash32>();
        var kinds = Enumerable.Repeat(0, batches).Concat(Enumerable.Repeat(1, decisions)).Concat(Enumerable.Repeat(2, revocations)).ToArray();
        random.Shuffle(kinds);
        // A revocation names a root anchored earlier in the stream when there is one, as on a real chain.
        var logs = new List<Log>(kinds.Length);
        var block = firstBlock;
        var blockHash = new Hash32(Bytes(random, 32));
        ulong index = 0;
        foreach (var kind in kinds)
        {
            if (index == (ulong)logsPerBlock)
            {
                block++;
                blockHash = new Hash32(Bytes(random, 32));
                index = 0;
            }

            var transaction = new Hash32(Bytes(random, 32));
            var root = roots.Count > 0 && kind == 2 ? roots[random.Next(roots.Count)] : new Hash32(Bytes(random, 32));
            Log log = kind switch
            {
                0 => Make(anchored, [root, issuer, docType, (uint)random.Next(1, 5_000), "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", issuer]),
                1 => Make(decided, [new Hash32(Bytes(random, 32)), authority, (uint)random.Next(0, 3), (byte)random.Next(1, 5), new byte[] { (byte)'C', (byte)'L' }, "CL-2026-" + random.Next(1_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture)]),
                _ => Make(revoked, [new Hash32(Bytes(random, 32)), issuer, root, (ushort)random.Next(1, 7), issuer]),
            } with { BlockNumber = block, BlockHash = blockHash, LogIndex = index, TransactionHash = transaction, TransactionIndex = index, Address = registry };
            if (kind == 0)
            {
                roots.Add(root);
            }

            logs.Add(log);
            index++;
        }

        return logs;
    }

    private static Log Make(AbiEvent abiEvent, object[] values)
    {
        var topics = new List<Hash32> { abiEvent.Topic };
        var dataTypes = new List<AbiType>();
        var dataValues = new List<object>();
        for (var i = 0; i < abiEvent.Inputs.Count; i++)
        {
            if (abiEvent.Inputs[i].Indexed)
            {
                topics.Add(AbiEvent.TopicOf(abiEvent.Inputs[i].Type, values[i]));
            }
            else
            {
                dataTypes.Add(abiEvent.Inputs[i].Type);
                dataValues.Add(values[i]);
            }
        }

        return new Log(Address.Zero, topics, AbiCodec.Encode(dataTypes, dataValues), 0, Hash32.Zero, 0, Hash32.Zero, 0, false);
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
