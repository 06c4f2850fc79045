using System.Text.Json;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>One JSON-RPC answer: a result or an error.</summary>
public sealed record RpcResponse(JsonElement Result, RpcError? Error)
{
    /// <summary>The result as <typeparamref name="T"/>; throws <see cref="RpcErrorException"/> for an error answer.</summary>
    public T As<T>(string method)
    {
        if (Error is not null)
        {
            throw new RpcErrorException(method, Error);
        }

        return Result.Deserialize<T>()!;
    }
}
