using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Contracts;

/// <summary>
/// A front object in the shape Nethereum users know: <see cref="Eth"/> for typed RPC calls, an optional
/// account's <see cref="Sender"/>, and contracts by ABI and address.
/// </summary>
public sealed class Web3 : IDisposable
{
    private readonly HttpRpcTransport _transport;
    private readonly TransactionSender? _sender;

    /// <summary>Connects to <paramref name="rpcUrl"/>; <paramref name="account"/> (optional) signs transactions.</summary>
    public Web3(Uri rpcUrl, EthereumKey? account = null, RpcTransportOptions? transportOptions = null, TransactionSenderOptions? senderOptions = null)
    {
        _transport = new HttpRpcTransport(rpcUrl, transportOptions);
        Eth = new EthRpcClient(_transport);
        _sender = account is null ? null : new TransactionSender(Eth, account, options: senderOptions);
    }

    /// <summary>Typed eth_* calls.</summary>
    public EthRpcClient Eth { get; }

    /// <summary>The account's transaction sender; throws when the Web3 was created without an account.</summary>
    public TransactionSender Sender => _sender
        ?? throw new InvalidOperationException("this Web3 has no account: pass an EthereumKey to its constructor to send transactions");

    /// <summary>A contract at <paramref name="address"/>.</summary>
    public Contract GetContract(ContractAbi abi, Address address) => new(Eth, abi, address);

    /// <summary>Deploys a contract from the account.</summary>
    public Task<Contract> DeployAsync(ContractAbi abi, ReadOnlyMemory<byte> bytecode, CancellationToken cancellationToken, params object[] arguments) =>
        Contract.DeployAsync(Sender, abi, bytecode, cancellationToken, arguments);

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();
}
