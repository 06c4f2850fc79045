namespace ProvenanceLedger.Testing;

/// <summary>A running Hardhat node, however it was started; disposing it stops the node.</summary>
internal interface IChainHost : IAsyncDisposable
{
    /// <summary>JSON-RPC endpoint on 127.0.0.1.</summary>
    Uri RpcUrl { get; }

    /// <summary>"testcontainers" or "child-process".</summary>
    string StartedBy { get; }

    /// <summary>Throws when the node has died, so a wait loop can stop early with the reason.</summary>
    void ThrowIfExited();
}
