using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>An event log as a node reports it.</summary>
public sealed record Log(
    Address Address,
    IReadOnlyList<Hash32> Topics,
    byte[] Data,
    ulong BlockNumber,
    Hash32 BlockHash,
    ulong LogIndex,
    Hash32 TransactionHash,
    ulong TransactionIndex,
    bool Removed)
{
    internal static Log FromJson(JsonElement log) => new(
        Address.Parse(RpcJsonReader.String(log, "address")),
        [.. RpcJsonReader.Array(log, "topics").Select(t => Hash32.Parse(t.GetString()!))],
        RpcJsonReader.Bytes(log, "data"),
        RpcJsonReader.UInt64(log, "blockNumber"),
        RpcJsonReader.Hash(log, "blockHash"),
        RpcJsonReader.UInt64(log, "logIndex"),
        RpcJsonReader.Hash(log, "transactionHash"),
        RpcJsonReader.UInt64(log, "transactionIndex"),
        RpcJsonReader.Bool(log, "removed", fallback: false));
}
