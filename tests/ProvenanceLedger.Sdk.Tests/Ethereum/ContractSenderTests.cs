using System.Text.Json;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.Transactions;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>TransactionSender's handling of send answers, against a scripted node.</summary>
public class ContractSenderTests
{
    private static readonly EthereumKey Key = EthereumKey.FromHex("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");

    private static readonly TransactionRequest Transfer = new() { To = Address.Parse("0x000000000000000000000000000000000000dEaD"), GasLimit = 21_000 };

    [Fact]
    public async Task A_send_the_node_already_knows_returns_the_transaction_hash()
    {
        var node = new ScriptedNode(sendError: new RpcError(-32000, "already known", null));
        var sender = new TransactionSender(new EthRpcClient(node), Key);

        var hash = await sender.SendAsync(Transfer, CancellationToken.None);

        var sent = SignedTransaction.Decode(node.LastRawTransaction!);
        Assert.Equal(sent.Hash, hash);
        Assert.Equal((Key.Address, 5UL), (sent.Sender, ((Eip1559Transaction)sent.Transaction).Nonce));
        // maxFee = 2 × base fee (7) + tip (3)
        Assert.Equal(17, (int)((Eip1559Transaction)sent.Transaction).MaxFeePerGas);
    }

    [Fact]
    public async Task A_refused_send_resets_the_nonce_so_the_next_one_is_fetched_again()
    {
        var node = new ScriptedNode(sendError: new RpcError(-32000, "insufficient funds for gas * price + value", null));
        var sender = new TransactionSender(new EthRpcClient(node), Key);

        var error = await Assert.ThrowsAsync<RpcErrorException>(() => sender.SendAsync(Transfer, CancellationToken.None));
        await Assert.ThrowsAsync<RpcErrorException>(() => sender.SendAsync(Transfer, CancellationToken.None));

        Assert.Equal("insufficient funds for gas * price + value", error.Error.Message);
        Assert.Equal(5UL, ((Eip1559Transaction)SignedTransaction.Decode(node.LastRawTransaction!).Transaction).Nonce);
        Assert.Equal(2, node.NonceFetches);
    }

    /// <summary>Answers the calls a send makes: chain id 31337, base fee 7, tip 3, pending nonce 5.</summary>
    private sealed class ScriptedNode(RpcError sendError) : IRpcTransport
    {
        public byte[]? LastRawTransaction { get; private set; }

        public int NonceFetches { get; private set; }

        public Task<T> SendRequestAsync<T>(RpcRequest request, CancellationToken cancellationToken)
        {
            object result = request.Method switch
            {
                "eth_chainId" => "0x7a69",
                "eth_maxPriorityFeePerGas" => "0x3",
                "eth_getTransactionCount" => Count(),
                "eth_getBlockByNumber" => new
                {
                    number = "0x1", hash = Hash32.Zero.ToString(), parentHash = Hash32.Zero.ToString(), timestamp = "0x1",
                    baseFeePerGas = "0x7", gasLimit = "0x1c9c380", gasUsed = "0x0", transactions = Array.Empty<string>(),
                },
                "eth_sendRawTransaction" => Refuse(request),
                _ => throw new InvalidOperationException($"unscripted {request.Method}"),
            };
            return Task.FromResult(JsonSerializer.SerializeToElement(result).Deserialize<T>()!);
        }

        public Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the sender does not batch");

        private string Count()
        {
            NonceFetches++;
            return "0x5";
        }

        private string Refuse(RpcRequest request)
        {
            LastRawTransaction = Hex.Decode((string)request.Parameters[0]!);
            throw new RpcErrorException(request.Method, sendError);
        }
    }
}
