using System.Numerics;
using System.Text.Json;
using ProvenanceLedger.Sdk.Ethereum.Abi;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>
/// Typed eth_* calls over an <see cref="IRpcTransport"/> (what Nethereum users know as <c>web3.Eth</c>).
/// eth_call and eth_estimateGas turn a revert into <see cref="ContractRevertException"/> with the decoded reason.
/// </summary>
public sealed class EthRpcClient(IRpcTransport transport)
{
    /// <summary>The transport requests go through.</summary>
    public IRpcTransport Transport { get; } = transport ?? throw new ArgumentNullException(nameof(transport));

    /// <summary>eth_chainId.</summary>
    public async Task<ulong> ChainIdAsync(CancellationToken cancellationToken) =>
        RpcQuantity.ParseUInt64(await Send<string>(cancellationToken, "eth_chainId"));

    /// <summary>eth_blockNumber.</summary>
    public async Task<ulong> BlockNumberAsync(CancellationToken cancellationToken) =>
        RpcQuantity.ParseUInt64(await Send<string>(cancellationToken, "eth_blockNumber"));

    /// <summary>eth_getBlockByNumber (hashes only); null when the block does not exist.</summary>
    public async Task<BlockHeader?> GetBlockByNumberAsync(BlockParameter block, CancellationToken cancellationToken) =>
        ToBlock(await Send<JsonElement>(cancellationToken, "eth_getBlockByNumber", block.ToString(), false));

    /// <summary>eth_getBlockByHash (hashes only); null when the node does not know the block.</summary>
    public async Task<BlockHeader?> GetBlockByHashAsync(Hash32 hash, CancellationToken cancellationToken) =>
        ToBlock(await Send<JsonElement>(cancellationToken, "eth_getBlockByHash", hash.ToString(), false));

    /// <summary>eth_getBalance in wei.</summary>
    public async Task<BigInteger> GetBalanceAsync(Address account, BlockParameter block, CancellationToken cancellationToken) =>
        RpcQuantity.Parse(await Send<string>(cancellationToken, "eth_getBalance", account.ToLowerHex(), block.ToString()));

    /// <summary>eth_getTransactionCount: the next nonce at <paramref name="block"/> (use Pending to count the pool).</summary>
    public async Task<ulong> GetTransactionCountAsync(Address account, BlockParameter block, CancellationToken cancellationToken) =>
        RpcQuantity.ParseUInt64(await Send<string>(cancellationToken, "eth_getTransactionCount", account.ToLowerHex(), block.ToString()));

    /// <summary>eth_getCode (empty for an account without code).</summary>
    public async Task<byte[]> GetCodeAsync(Address account, BlockParameter block, CancellationToken cancellationToken) =>
        Hex.Decode(await Send<string>(cancellationToken, "eth_getCode", account.ToLowerHex(), block.ToString()));

    /// <summary>eth_gasPrice in wei.</summary>
    public async Task<BigInteger> GasPriceAsync(CancellationToken cancellationToken) =>
        RpcQuantity.Parse(await Send<string>(cancellationToken, "eth_gasPrice"));

    /// <summary>eth_maxPriorityFeePerGas in wei.</summary>
    public async Task<BigInteger> MaxPriorityFeePerGasAsync(CancellationToken cancellationToken) =>
        RpcQuantity.Parse(await Send<string>(cancellationToken, "eth_maxPriorityFeePerGas"));

    /// <summary>eth_feeHistory over <paramref name="blockCount"/> blocks ending at <paramref name="newest"/>.</summary>
    public async Task<FeeHistory> FeeHistoryAsync(int blockCount, BlockParameter newest, IReadOnlyList<double> rewardPercentiles, CancellationToken cancellationToken) =>
        FeeHistory.FromJson(await Send<JsonElement>(cancellationToken, "eth_feeHistory", RpcQuantity.Format((ulong)blockCount), newest.ToString(), rewardPercentiles));

    /// <summary>eth_call; a revert throws <see cref="ContractRevertException"/> (custom errors decoded with <paramref name="errors"/>).</summary>
    public async Task<byte[]> CallAsync(CallRequest call, BlockParameter block, CancellationToken cancellationToken, ContractAbi? errors = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Hex.Decode(await SendWithRevert<string>("call", errors, cancellationToken, "eth_call", call.ToJson(), block.ToString()));
    }

    /// <summary>eth_estimateGas; a revert throws <see cref="ContractRevertException"/>.</summary>
    public async Task<ulong> EstimateGasAsync(CallRequest call, CancellationToken cancellationToken, ContractAbi? errors = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        return RpcQuantity.ParseUInt64(await SendWithRevert<string>("gas estimation", errors, cancellationToken, "eth_estimateGas", call.ToJson()));
    }

    /// <summary>eth_sendRawTransaction; returns the transaction hash.</summary>
    public async Task<Hash32> SendRawTransactionAsync(ReadOnlyMemory<byte> signedTransaction, CancellationToken cancellationToken) =>
        Hash32.Parse(await Send<string>(cancellationToken, "eth_sendRawTransaction", Hex.Encode(signedTransaction.Span)));

    /// <summary>eth_getTransactionReceipt; null while the transaction is not mined.</summary>
    public async Task<TransactionReceipt?> GetTransactionReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken)
    {
        var receipt = await Send<JsonElement>(cancellationToken, "eth_getTransactionReceipt", transactionHash.ToString());
        return receipt.ValueKind == JsonValueKind.Null ? null : TransactionReceipt.FromJson(receipt);
    }

    /// <summary>eth_getLogs.</summary>
    public async Task<IReadOnlyList<Log>> GetLogsAsync(LogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var logs = await Send<JsonElement>(cancellationToken, "eth_getLogs", filter.ToJson());
        return [.. logs.EnumerateArray().Select(Log.FromJson)];
    }

    /// <summary>Reads several blocks by number in one JSON-RPC batch; missing blocks come back null.</summary>
    public async Task<IReadOnlyList<BlockHeader?>> GetBlocksByNumberAsync(IReadOnlyList<ulong> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var responses = await Transport.SendBatchAsync(
            [.. numbers.Select(n => new RpcRequest("eth_getBlockByNumber", RpcQuantity.Format(n), false))], cancellationToken);
        return [.. responses.Select(r => ToBlock(r.As<JsonElement>("eth_getBlockByNumber")))];
    }

    private static BlockHeader? ToBlock(JsonElement block) => block.ValueKind == JsonValueKind.Null ? null : BlockHeader.FromJson(block);

    private Task<T> Send<T>(CancellationToken cancellationToken, string method, params object?[] parameters) =>
        Transport.SendRequestAsync<T>(new RpcRequest(method, parameters), cancellationToken);

    private async Task<T> SendWithRevert<T>(string action, ContractAbi? errors, CancellationToken cancellationToken, string method, params object?[] parameters)
    {
        try
        {
            return await Send<T>(cancellationToken, method, parameters);
        }
        catch (RpcErrorException e) when (e.Error.RevertData() is { } data)
        {
            throw new ContractRevertException(action, RevertDecoder.Decode(data, errors), inner: e);
        }
    }
}
