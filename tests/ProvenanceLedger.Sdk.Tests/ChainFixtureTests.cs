using System.Globalization;
using System.Numerics;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests;

[Collection(ChainCollection.Name)]
public class ChainFixtureTests(HardhatChainFixture chain)
{
    [Fact]
    public async Task Chain_answers_with_hardhat_chain_id_and_funded_first_account()
    {
        var chainId = (string)(await chain.RpcAsync("eth_chainId"))!;
        var balance = (string)(await chain.RpcAsync("eth_getBalance", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "latest"))!;

        Assert.Equal(HardhatChainFixture.HardhatChainId, Convert.ToInt64(chainId, 16));
        Assert.True(BigInteger.Parse("0" + balance[2..], NumberStyles.HexNumber) > BigInteger.Pow(10, 21), $"balance {balance} is below 1,000 ETH");
    }
}
