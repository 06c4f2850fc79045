using System.Numerics;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>eth_feeHistory: base fees (one more than the blocks, the last being the next block's) and reward percentiles.</summary>
public sealed record FeeHistory(
    ulong OldestBlock,
    IReadOnlyList<BigInteger> BaseFeePerGas,
    IReadOnlyList<double> GasUsedRatio,
    IReadOnlyList<IReadOnlyList<BigInteger>> Reward)
{
    internal static FeeHistory FromJson(JsonElement history) => new(
        RpcJsonReader.UInt64(history, "oldestBlock"),
        [.. RpcJsonReader.Array(history, "baseFeePerGas").Select(q => RpcQuantity.Parse(q.GetString()!))],
        [.. RpcJsonReader.Array(history, "gasUsedRatio").Select(r => r.GetDouble())],
        [.. RpcJsonReader.Array(history, "reward").Select(row => (IReadOnlyList<BigInteger>)[.. row.EnumerateArray().Select(q => RpcQuantity.Parse(q.GetString()!))])]);
}
