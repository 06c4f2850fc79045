using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Ethereum.Contracts;

/// <summary>
/// A deployed contract: read functions with eth_call, send transactions through a <see cref="TransactionSender"/>,
/// and decode its events from receipts or eth_getLogs. Reverts surface as <see cref="ContractRevertException"/>
/// with custom errors decoded from this contract's ABI.
/// </summary>
public sealed class Contract(EthRpcClient rpc, ContractAbi abi, Address address)
{
    /// <summary>The RPC client.</summary>
    public EthRpcClient Rpc { get; } = rpc ?? throw new ArgumentNullException(nameof(rpc));

    /// <summary>The contract's ABI.</summary>
    public ContractAbi Abi { get; } = abi ?? throw new ArgumentNullException(nameof(abi));

    /// <summary>The contract's address.</summary>
    public Address Address { get; } = address;

    /// <summary>Deploys <paramref name="bytecode"/> with constructor <paramref name="arguments"/> and waits for it to be mined.</summary>
    public static async Task<Contract> DeployAsync(TransactionSender sender, ContractAbi abi, ReadOnlyMemory<byte> bytecode, CancellationToken cancellationToken, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(abi);
        var request = new TransactionRequest { Data = abi.Constructor.EncodeDeployment(bytecode.Span, arguments) };
        var receipt = await sender.SendAndWaitAsync(request, cancellationToken, abi);
        var address = receipt.ContractAddress
            ?? throw new ContractRevertException($"deployment {receipt.TransactionHash} created no contract:", RevertDecoder.Decode([], abi), receipt.TransactionHash);
        return new Contract(sender.Rpc, abi, address);
    }

    /// <summary>Calls <paramref name="function"/> with eth_call at the latest block and decodes its outputs.</summary>
    public Task<object[]> CallAsync(string function, CancellationToken cancellationToken, params object[] arguments) =>
        CallAtAsync(function, BlockParameter.Latest, cancellationToken, arguments);

    /// <summary>Calls <paramref name="function"/> with eth_call at <paramref name="block"/> and decodes its outputs.</summary>
    public async Task<object[]> CallAtAsync(string function, BlockParameter block, CancellationToken cancellationToken, params object[] arguments)
    {
        var abiFunction = Abi.GetFunction(function);
        var call = new CallRequest { To = Address, Data = abiFunction.EncodeCall(arguments) };
        return abiFunction.DecodeOutput(await Rpc.CallAsync(call, block, cancellationToken, Abi));
    }

    /// <summary>Calls a function with a single output and returns it as <typeparamref name="T"/>.</summary>
    public async Task<T> QueryAsync<T>(string function, CancellationToken cancellationToken, params object[] arguments)
    {
        var outputs = await CallAsync(function, cancellationToken, arguments);
        return outputs is [T single]
            ? single
            : throw new AbiException($"{function} returned {outputs.Length} value(s) that are not one {typeof(T).Name}");
    }

    /// <summary>Sends a transaction calling <paramref name="function"/> and waits for its successful receipt.</summary>
    public Task<TransactionReceipt> SendAsync(TransactionSender sender, string function, CancellationToken cancellationToken, params object[] arguments) =>
        SendWithValueAsync(sender, function, BigInteger.Zero, cancellationToken, arguments);

    /// <summary>Like <see cref="SendAsync"/>, sending <paramref name="value"/> wei along (payable functions).</summary>
    public Task<TransactionReceipt> SendWithValueAsync(TransactionSender sender, string function, BigInteger value, CancellationToken cancellationToken, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var request = new TransactionRequest { To = Address, Data = Abi.GetFunction(function).EncodeCall(arguments), Value = value };
        return sender.SendAndWaitAsync(request, cancellationToken, Abi);
    }

    /// <summary>The <paramref name="eventName"/> events this contract emitted in <paramref name="receipt"/>, in log order.</summary>
    public IReadOnlyList<DecodedEvent> DecodeEvents(TransactionReceipt receipt, string eventName)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return DecodeEvents(receipt.Logs, eventName);
    }

    /// <summary>The <paramref name="eventName"/> events among <paramref name="logs"/> that this contract emitted.</summary>
    public IReadOnlyList<DecodedEvent> DecodeEvents(IEnumerable<Log> logs, string eventName)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var abiEvent = Abi.GetEvent(eventName);
        return [.. logs
            .Where(log => log.Address == Address && (abiEvent.Anonymous
                ? log.Topics.Count == abiEvent.Inputs.Count(p => p.Indexed)
                : log.Topics.Count > 0 && log.Topics[0] == abiEvent.Topic))
            .Select(log => abiEvent.Decode(log.Topics, log.Data))];
    }

    /// <summary>
    /// Reads <paramref name="eventName"/> events of this contract with eth_getLogs over a block range;
    /// <paramref name="indexedFilters"/> optionally constrains the indexed inputs in order (null = any).
    /// </summary>
    public async Task<IReadOnlyList<DecodedEvent>> GetEventsAsync(string eventName, BlockParameter fromBlock, BlockParameter toBlock, CancellationToken cancellationToken, params object?[] indexedFilters) =>
        DecodeEvents(await Rpc.GetLogsAsync(EventFilter(eventName, fromBlock, toBlock, indexedFilters), cancellationToken), eventName);

    /// <summary>The eth_getLogs filter for <paramref name="eventName"/> logs of this contract whose indexed inputs match <paramref name="indexedFilters"/> (in order; null = any).</summary>
    public LogFilter EventFilter(string eventName, BlockParameter fromBlock, BlockParameter toBlock, params object?[] indexedFilters)
    {
        ArgumentNullException.ThrowIfNull(indexedFilters);
        var abiEvent = Abi.GetEvent(eventName);
        var indexed = abiEvent.Inputs.Where(p => p.Indexed).ToList();
        if (indexedFilters.Length > indexed.Count)
        {
            throw new AbiException($"{abiEvent.Signature} has {indexed.Count} indexed inputs, {indexedFilters.Length} filters were given");
        }

        IReadOnlyList<Hash32>? TopicFilter(int i) =>
            indexedFilters[i] is { } value ? [AbiEvent.TopicOf(indexed[i].Type, value)] : null;
        // An anonymous event's indexed inputs start at topic 0.
        List<IReadOnlyList<Hash32>?> topics = abiEvent.Anonymous ? [] : [[abiEvent.Topic]];
        topics.AddRange(Enumerable.Range(0, indexedFilters.Length).Select(TopicFilter));
        return new LogFilter { Addresses = [Address], FromBlock = fromBlock, ToBlock = toBlock, Topics = topics };
    }
}
