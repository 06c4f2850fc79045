using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Ethereum.Contracts;

/// <summary>A sent transaction was not mined in time. It may still be mined: look it up before sending again.</summary>
public sealed class ReceiptTimeoutException : RpcException
{
    /// <summary>Creates the exception.</summary>
    public ReceiptTimeoutException(Hash32 transactionHash, TimeSpan waited)
        : base($"transaction {transactionHash} was not mined within {waited.TotalSeconds:0.#} s; it may still be mined, so look it up before sending it again")
    {
        TransactionHash = transactionHash;
    }

    /// <summary>The transaction waited for.</summary>
    public Hash32 TransactionHash { get; }
}
