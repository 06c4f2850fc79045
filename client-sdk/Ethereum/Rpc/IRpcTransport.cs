namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>Sends JSON-RPC requests to a node (the shape Nethereum users know as IClient).</summary>
public interface IRpcTransport
{
    /// <summary>
    /// Sends one request and returns its result as <typeparamref name="T"/>. Throws
    /// <see cref="RpcErrorException"/> when the node answers with an error and
    /// <see cref="RpcTransportException"/> when it cannot be reached.
    /// </summary>
    Task<T> SendRequestAsync<T>(RpcRequest request, CancellationToken cancellationToken);

    /// <summary>Sends several requests in one JSON-RPC batch; answers come back in request order.</summary>
    Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken);
}
