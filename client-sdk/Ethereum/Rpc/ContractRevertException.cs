using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>
/// A contract reverted: during eth_call or eth_estimateGas (the node answered with revert data), or a mined
/// transaction failed (status 0; <see cref="TransactionHash"/> is set).
/// </summary>
public sealed class ContractRevertException : RpcException
{
    /// <summary>Creates the exception.</summary>
    public ContractRevertException(string action, RevertReason revert, Hash32? transactionHash = null, RpcErrorException? inner = null)
        : base($"{action} {revert.Message}", inner)
    {
        Revert = revert;
        TransactionHash = transactionHash;
    }

    /// <summary>The decoded revert: Error(string), Panic, a custom error, or raw data.</summary>
    public RevertReason Revert { get; }

    /// <summary>The failed transaction, when the revert happened on chain.</summary>
    public Hash32? TransactionHash { get; }
}
