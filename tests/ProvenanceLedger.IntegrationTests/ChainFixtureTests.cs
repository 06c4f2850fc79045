using System.Globalization;
using System.Numerics;
using ProvenanceLedger.Testing;
using Xunit.Abstractions;

namespace ProvenanceLedger.IntegrationTests;

[Collection(ChainCollection.Name)]
public class ChainFixtureTests(HardhatChainFixture chain, ITestOutputHelper output)
{
    // Hardhat funds each development account with exactly 10,000 ETH; nothing in this project spends from account #9.
    private const string UntouchedAccount = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";

    [Fact]
    public async Task Chain_reports_the_hardhat_chain_id()
    {
        var chainId = (string)(await chain.RpcAsync("eth_chainId"))!;

        Assert.Equal("0x7a69", chainId);
        Assert.Equal(HardhatChainFixture.HardhatChainId, Convert.ToInt64(chainId, 16));
    }

    [Fact]
    public async Task Last_development_account_holds_ten_thousand_ether()
    {
        var balance = (string)(await chain.RpcAsync("eth_getBalance", UntouchedAccount, "latest"))!;

        Assert.Equal(BigInteger.Pow(10, 22), BigInteger.Parse("0" + balance[2..], NumberStyles.HexNumber));
    }

    [Fact]
    public void Chain_listens_on_loopback_and_names_the_path_that_started_it()
    {
        output.WriteLine($"chain started by {chain.StartedBy} at {chain.RpcUrl}");

        Assert.Equal("127.0.0.1", chain.RpcUrl.Host);
        Assert.Contains(chain.StartedBy, new[] { "testcontainers", "child-process" });
    }

    [Fact]
    public void Ci_runs_the_chain_with_testcontainers()
    {
        // .ci/run starts a container engine and sets CI=true; there the fixture must not fall back.
        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            output.WriteLine($"CI is not true; this run used {chain.StartedBy}");
            Assert.NotEqual("", chain.StartedBy);
            return;
        }

        Assert.Equal("testcontainers", chain.StartedBy);
    }
}
