using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>The typed RPC client against a real Hardhat node.</summary>
[Collection(ChainCollection.Name)]
public sealed class RpcChainTests(HardhatChainFixture chain) : IDisposable
{
    private readonly HttpRpcTransport _transport = new(chain.RpcUrl);

    private EthRpcClient Eth => new(_transport);

    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _transport.Dispose();

    [Fact]
    public async Task Reads_chain_id_block_number_and_linked_headers()
    {
        var chainId = await Eth.ChainIdAsync(None);
        var number = await Eth.BlockNumberAsync(None);
        var latest = await Eth.GetBlockByNumberAsync(number, None);
        var byHash = await Eth.GetBlockByHashAsync(latest!.Hash, None);
        var genesis = await Eth.GetBlockByNumberAsync(BlockParameter.Earliest, None);

        Assert.Equal((ulong)HardhatChainFixture.HardhatChainId, chainId);
        Assert.Equal(number, latest.Number);
        Assert.NotNull(byHash);
        Assert.Equal(latest, byHash with { TransactionHashes = latest.TransactionHashes });
        Assert.Equal(latest.TransactionHashes, byHash.TransactionHashes);
        Assert.NotNull(latest.BaseFeePerGas);
        Assert.Equal(0UL, genesis!.Number);
        Assert.Equal(Hash32.Zero, genesis.ParentHash);
        Assert.Null(await Eth.GetBlockByNumberAsync(number + 1000, None));
        Assert.Null(await Eth.GetBlockByHashAsync(Hash32.Parse("0x" + new string('1', 64)), None));
    }

    [Fact]
    public async Task Reads_balance_nonce_code_and_fees()
    {
        var funded = EthereumKey.FromHex(chain.PrivateKeys[9]).Address;
        var fresh = Address.Parse("0x000000000000000000000000000000000000dEaD");

        var balance = await Eth.GetBalanceAsync(funded, BlockParameter.Latest, None);
        var nonce = await Eth.GetTransactionCountAsync(funded, BlockParameter.Latest, None);
        var pending = await Eth.GetTransactionCountAsync(funded, BlockParameter.Pending, None);
        var gasPrice = await Eth.GasPriceAsync(None);
        var tip = await Eth.MaxPriorityFeePerGasAsync(None);
        var history = await Eth.FeeHistoryAsync(1, BlockParameter.Latest, [25, 75], None);

        Assert.True(balance >= BigInteger.Pow(10, 21), $"balance {balance}");
        Assert.Equal(BigInteger.Zero, await Eth.GetBalanceAsync(fresh, BlockParameter.Latest, None));
        Assert.Equal(nonce, pending);
        Assert.Empty(await Eth.GetCodeAsync(fresh, BlockParameter.Latest, None));
        Assert.True(gasPrice > 0 && tip > 0, $"gas price {gasPrice}, tip {tip}");
        Assert.Equal(2, history.BaseFeePerGas.Count);
        Assert.Single(history.GasUsedRatio);
        Assert.Equal(2, Assert.Single(history.Reward).Count);
    }

    [Fact]
    public async Task Batch_answers_each_request_like_a_single_call()
    {
        var account = EthereumKey.FromHex(chain.PrivateKeys[9]).Address;

        var responses = await _transport.SendBatchAsync(
            [new RpcRequest("eth_chainId"), new RpcRequest("eth_getBalance", account.ToLowerHex(), "latest"), new RpcRequest("eth_noSuchMethod")], None);
        var blocks = await Eth.GetBlocksByNumberAsync([0, 100_000], None);

        Assert.Equal("0x7a69", responses[0].As<string>("eth_chainId"));
        Assert.Equal(await Eth.GetBalanceAsync(account, BlockParameter.Latest, None), RpcQuantity.Parse(responses[1].As<string>("eth_getBalance")));
        Assert.NotNull(Assert.Throws<RpcErrorException>(() => responses[2].As<string>("eth_noSuchMethod")).Error.Message);
        Assert.Equal((await Eth.GetBlockByNumberAsync(0, None))!.Hash, blocks[0]!.Hash);
        Assert.Null(blocks[1]);
    }

    [Fact]
    public async Task A_refused_request_is_an_rpc_error_not_a_transport_failure()
    {
        var error = await Assert.ThrowsAsync<RpcErrorException>(() => Eth.SendRawTransactionAsync(new byte[] { 0x02, 0xc0 }, None));

        Assert.Equal("eth_sendRawTransaction", error.Method);
        Assert.NotEqual(0, error.Error.Code);
    }
}
