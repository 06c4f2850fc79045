using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.Transactions;

namespace ProvenanceLedger.Sdk.Ethereum.Contracts;

/// <summary>
/// Sends EIP-1559 transactions from one key and waits for their receipts: estimates gas, prices from the
/// latest base fee, takes nonces from a <see cref="NonceManager"/> (so concurrent sends are safe), signs,
/// sends, polls for the receipt, and throws <see cref="ContractRevertException"/> with the decoded reason when
/// the estimate reverts or the mined transaction failed.
/// </summary>
public sealed class TransactionSender
{
    private readonly EthereumKey _key;
    private readonly TransactionSenderOptions _options;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private ulong? _chainId;

    /// <summary>Creates a sender. Use one sender per key in a process (it orders that key's sends); <paramref name="nonces"/> may be shared.</summary>
    public TransactionSender(EthRpcClient rpc, EthereumKey key, NonceManager? nonces = null, TransactionSenderOptions? options = null)
    {
        Rpc = rpc ?? throw new ArgumentNullException(nameof(rpc));
        _key = key ?? throw new ArgumentNullException(nameof(key));
        Nonces = nonces ?? new NonceManager((address, ct) => rpc.GetTransactionCountAsync(address, BlockParameter.Pending, ct));
        _options = options ?? new TransactionSenderOptions();
    }

    /// <summary>The sending account.</summary>
    public Address Account => _key.Address;

    /// <summary>The RPC client.</summary>
    public EthRpcClient Rpc { get; }

    /// <summary>The nonce source.</summary>
    public NonceManager Nonces { get; }

    /// <summary>Signs and sends <paramref name="request"/>, then waits for a successful receipt.</summary>
    public async Task<TransactionReceipt> SendAndWaitAsync(TransactionRequest request, CancellationToken cancellationToken, ContractAbi? errors = null)
    {
        var hash = await SendAsync(request, cancellationToken, errors);
        var receipt = await WaitForReceiptAsync(hash, cancellationToken);
        if (!receipt.Succeeded)
        {
            throw new ContractRevertException($"transaction {hash}", await ReplayRevertAsync(request, receipt, errors, cancellationToken), hash);
        }

        return receipt;
    }

    /// <summary>Signs and sends <paramref name="request"/>; returns its hash without waiting.</summary>
    public async Task<Hash32> SendAsync(TransactionRequest request, CancellationToken cancellationToken, ContractAbi? errors = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gasLimit = request.GasLimit ?? (ulong)(await Rpc.EstimateGasAsync(ToCall(request), cancellationToken, errors) * _options.GasHeadroom);
        var chainId = _chainId ??= await Rpc.ChainIdAsync(cancellationToken);
        var (maxFee, priorityFee) = await FeesAsync(cancellationToken);
        // Nonce allocation and the send happen under one lock, so the node receives this account's transactions
        // in nonce order: a node that cannot queue a gap (Hardhat with automine) would refuse nonce n+1 arriving first.
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            var nonce = await Nonces.NextAsync(Account, cancellationToken);
            var transaction = new Eip1559Transaction
            {
                ChainId = chainId,
                Nonce = nonce,
                MaxPriorityFeePerGas = priorityFee,
                MaxFeePerGas = maxFee,
                GasLimit = gasLimit,
                To = request.To,
                Value = request.Value,
                Data = request.Data,
            };
            return await SendSignedAsync(transaction.Sign(_key), errors, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<Hash32> SendSignedAsync(SignedTransaction signed, ContractAbi? errors, CancellationToken cancellationToken)
    {
        try
        {
            return await Rpc.SendRawTransactionAsync(signed.Raw, cancellationToken);
        }
        catch (RpcErrorException e) when (IsAlreadyKnown(e.Error))
        {
            // The transport retried a send whose first attempt did reach the node: the transaction is in.
            return signed.Hash;
        }
        catch (RpcException e)
        {
            // Whether the nonce was consumed is unknown; the next send asks the node again instead of leaving a gap.
            await Nonces.ResetAsync(Account, CancellationToken.None);
            // Some nodes (Hardhat with automine) mine a reverting transaction and answer the send with the revert.
            if (e is RpcErrorException refused && refused.Error.RevertData() is { } data)
            {
                throw new ContractRevertException($"transaction {signed.Hash}", RevertDecoder.Decode(data, errors), signed.Hash, refused);
            }

            throw;
        }
    }

    private static bool IsAlreadyKnown(RpcError error) =>
        error.Message.Contains("already known", StringComparison.OrdinalIgnoreCase)
        || error.Message.Contains("known transaction", StringComparison.OrdinalIgnoreCase);

    /// <summary>Polls for the receipt of <paramref name="transactionHash"/> until it is mined or the receipt timeout passes.</summary>
    public async Task<TransactionReceipt> WaitForReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            if (await Rpc.GetTransactionReceiptAsync(transactionHash, cancellationToken) is { } receipt)
            {
                return receipt;
            }

            if (DateTime.UtcNow - started >= _options.ReceiptTimeout)
            {
                throw new ReceiptTimeoutException(transactionHash, _options.ReceiptTimeout);
            }

            await Task.Delay(_options.ReceiptPollInterval, cancellationToken);
        }
    }

    private async Task<(BigInteger MaxFee, BigInteger PriorityFee)> FeesAsync(CancellationToken cancellationToken)
    {
        var latest = await Rpc.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken)
            ?? throw new TransactionException("the node has no latest block; is it fully started?");
        var baseFee = latest.BaseFeePerGas
            ?? throw new TransactionException($"block {latest.Number} has no base fee: the chain does not support EIP-1559 transactions");
        var priorityFee = await Rpc.MaxPriorityFeePerGasAsync(cancellationToken);
        return (baseFee * _options.BaseFeeMultiplier + priorityFee, priorityFee);
    }

    /// <summary>
    /// A failed receipt carries no reason, so the call is replayed on the state of its block to read the revert
    /// data. When the replay does not revert (the transaction ran out of gas, or earlier transactions of the
    /// block changed the outcome) the reason is reported as empty.
    /// </summary>
    private async Task<RevertReason> ReplayRevertAsync(TransactionRequest request, TransactionReceipt receipt, ContractAbi? errors, CancellationToken cancellationToken)
    {
        try
        {
            await Rpc.CallAsync(ToCall(request), receipt.BlockNumber, cancellationToken, errors);
        }
        catch (ContractRevertException replayed)
        {
            return replayed.Revert;
        }

        return RevertDecoder.Decode([], errors);
    }

    private CallRequest ToCall(TransactionRequest request) => new()
    {
        From = Account,
        To = request.To,
        Data = request.Data,
        Value = request.Value,
        Gas = request.GasLimit,
    };
}
