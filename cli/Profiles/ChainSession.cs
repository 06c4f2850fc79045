using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Profiles;

/// <summary>An open connection to the chain of a <see cref="DeploymentTarget"/>, optionally with a signing key.</summary>
public sealed class ChainSession : IDisposable
{
    // A CLI user waits at the terminal: give up on an unreachable node after about a second, not half a minute.
    private static readonly RpcTransportOptions Transport = new() { MaxAttempts = 2, InitialBackoff = TimeSpan.FromMilliseconds(200), RequestTimeout = TimeSpan.FromSeconds(30) };
    private static readonly TransactionSenderOptions Sending = new() { ReceiptPollInterval = TimeSpan.FromMilliseconds(100) };

    private readonly Web3 _web3;

    /// <summary>Opens a session on <paramref name="target"/>; <paramref name="signer"/> signs transactions.</summary>
    public ChainSession(DeploymentTarget target, EthereumKey? signer = null)
    {
        Target = target;
        _web3 = new Web3(target.Rpc, signer, Transport, Sending);
        Signer = signer;
    }

    /// <summary>The target.</summary>
    public DeploymentTarget Target { get; }

    /// <summary>The signing key, if any.</summary>
    public EthereumKey? Signer { get; }

    /// <summary>Typed RPC calls.</summary>
    public EthRpcClient Rpc => _web3.Eth;

    /// <summary>The sender of the signing key.</summary>
    public TransactionSender Sender => _web3.Sender;

    /// <summary>The registry (with the signer's sender when there is a signer).</summary>
    public RegistryClient Registry => new(_web3.Eth, Target.RequireRegistry(), Signer is null ? null : _web3.Sender);

    /// <inheritdoc />
    public void Dispose() => _web3.Dispose();
}
