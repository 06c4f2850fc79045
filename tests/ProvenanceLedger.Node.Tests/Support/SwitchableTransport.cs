using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>An RPC transport whose endpoint the test can swap: the real chain, or a port nothing listens on.</summary>
internal sealed class SwitchableTransport(IRpcTransport initial) : IRpcTransport
{
    private IRpcTransport _current = initial;

    public IRpcTransport Current
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value);
    }

    public Task<T> SendRequestAsync<T>(RpcRequest request, CancellationToken cancellationToken) => Current.SendRequestAsync<T>(request, cancellationToken);

    public Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken) =>
        Current.SendBatchAsync(requests, cancellationToken);
}
