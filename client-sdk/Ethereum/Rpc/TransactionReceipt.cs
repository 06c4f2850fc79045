using System.Numerics;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>The receipt of a mined transaction.</summary>
public sealed record TransactionReceipt(
    Hash32 TransactionHash,
    ulong BlockNumber,
    Hash32 BlockHash,
    ulong TransactionIndex,
    Address From,
    Address? To,
    Address? ContractAddress,
    bool Succeeded,
    ulong GasUsed,
    BigInteger EffectiveGasPrice,
    IReadOnlyList<Log> Logs)
{
    internal static TransactionReceipt FromJson(JsonElement receipt) => new(
        RpcJsonReader.Hash(receipt, "transactionHash"),
        RpcJsonReader.UInt64(receipt, "blockNumber"),
        RpcJsonReader.Hash(receipt, "blockHash"),
        RpcJsonReader.UInt64(receipt, "transactionIndex"),
        Address.Parse(RpcJsonReader.String(receipt, "from")),
        RpcJsonReader.OptionalAddress(receipt, "to"),
        RpcJsonReader.OptionalAddress(receipt, "contractAddress"),
        RpcJsonReader.UInt64(receipt, "status") == 1,
        RpcJsonReader.UInt64(receipt, "gasUsed"),
        RpcJsonReader.OptionalQuantity(receipt, "effectiveGasPrice") ?? BigInteger.Zero,
        [.. RpcJsonReader.Array(receipt, "logs").Select(Log.FromJson)]);
}
