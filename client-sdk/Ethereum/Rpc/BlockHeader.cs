using System.Numerics;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>A block's header fields and its transaction hashes.</summary>
public sealed record BlockHeader(
    ulong Number,
    Hash32 Hash,
    Hash32 ParentHash,
    ulong Timestamp,
    BigInteger? BaseFeePerGas,
    ulong GasLimit,
    ulong GasUsed,
    Address? Miner,
    IReadOnlyList<Hash32> TransactionHashes)
{
    /// <summary>The block time in UTC.</summary>
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeSeconds((long)Timestamp);

    internal static BlockHeader FromJson(JsonElement block) => new(
        RpcJsonReader.UInt64(block, "number"),
        RpcJsonReader.Hash(block, "hash"),
        RpcJsonReader.Hash(block, "parentHash"),
        RpcJsonReader.UInt64(block, "timestamp"),
        RpcJsonReader.OptionalQuantity(block, "baseFeePerGas"),
        RpcJsonReader.UInt64(block, "gasLimit"),
        RpcJsonReader.UInt64(block, "gasUsed"),
        RpcJsonReader.OptionalAddress(block, "miner"),
        [.. RpcJsonReader.Array(block, "transactions").Select(t => Hash32.Parse(t.GetString()!))]);
}
