using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>A point the test chain can go back to (evm_snapshot): what is mined after it and then reverted is an orphaned fork.</summary>
internal sealed class ChainSnapshot
{
    private readonly HardhatChainFixture _chain;
    private readonly string _id;

    private ChainSnapshot(HardhatChainFixture chain, string id)
    {
        _chain = chain;
        _id = id;
    }

    public static async Task<ChainSnapshot> TakeAsync(HardhatChainFixture chain) => new(chain, (string)(await chain.RpcAsync("evm_snapshot"))!);

    /// <summary>
    /// Drops every block mined since the snapshot and gives <paramref name="scenario"/>'s parties new senders,
    /// whose cached nonces would otherwise be ahead of the reverted chain.
    /// </summary>
    public async Task RevertAsync(RegistryScenario scenario)
    {
        Assert.True((bool)(await _chain.RpcAsync("evm_revert", _id))!);
        scenario.RenewSenders();
    }
}
