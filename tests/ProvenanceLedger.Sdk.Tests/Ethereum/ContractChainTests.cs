using System.Numerics;
using System.Text;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>The contract client against a real Hardhat node: deploy, call, send, events, reverts.</summary>
[Collection(ChainCollection.Name)]
public sealed class ContractChainTests(HardhatChainFixture chain, NotebookArtifact artifact) : IClassFixture<NotebookArtifact>, IDisposable
{
    private const int Limit = 1000;
    private readonly HttpRpcTransport _transport = new(chain.RpcUrl);

    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _transport.Dispose();

    private async Task<(Contract Notebook, TransactionSender Sender)> DeployAsync(int account)
    {
        var sender = new TransactionSender(new EthRpcClient(_transport), EthereumKey.FromHex(chain.PrivateKeys[account]));
        return (await Contract.DeployAsync(sender, artifact.Abi, artifact.Bytecode, None, Limit), sender);
    }

    private static byte[] Id(int n) => Keccak256.Hash(Encoding.UTF8.GetBytes($"entry {n}")).Bytes.ToArray();

    [Fact]
    public async Task Deploys_then_calls_and_sends_and_decodes_the_event()
    {
        var (notebook, sender) = await DeployAsync(account: 5);

        var receipt = await notebook.SendAsync(sender, "write", None, Id(1), 42, "origin", "first entry");
        var written = Assert.Single(notebook.DecodeEvents(receipt, "Written"));

        Assert.NotEmpty(await sender.Rpc.GetCodeAsync(notebook.Address, BlockParameter.Latest, None));
        Assert.Equal(sender.Account, await notebook.QueryAsync<Address>("owner", None));
        Assert.Equal(new BigInteger(Limit), await notebook.QueryAsync<BigInteger>("limit", None));
        Assert.Equal(new BigInteger(42), await notebook.QueryAsync<BigInteger>("values", None, Id(1)));
        Assert.True(receipt.Succeeded);
        Assert.Equal(sender.Account, written["author"]);
        Assert.Equal(new Hash32(Id(1)), new Hash32((byte[])written["id"]));
        Assert.Equal(Keccak256.Hash("origin"u8), written["tag"]);
        Assert.Equal(new BigInteger(42), written["value"]);
        Assert.Equal("first entry", written["note"]);
        var log = Assert.Single(receipt.Logs);
        Assert.Equal((receipt.BlockNumber, receipt.BlockHash, receipt.TransactionHash, false), (log.BlockNumber, log.BlockHash, log.TransactionHash, log.Removed));
    }

    [Fact]
    public async Task Concurrent_sends_from_one_account_all_land_and_get_logs_filters_by_indexed_inputs()
    {
        var (notebook, sender) = await DeployAsync(account: 6);
        var startBlock = await sender.Rpc.BlockNumberAsync(None);

        var receipts = await Task.WhenAll(Enumerable.Range(1, 12).Select(n =>
            notebook.SendAsync(sender, "write", None, Id(n), n, n % 2 == 0 ? "even" : "odd", $"note {n}")));
        var evens = await notebook.GetEventsAsync("Written", startBlock, BlockParameter.Latest, None, sender.Account, null, "even");
        var all = await notebook.GetEventsAsync("Written", startBlock, BlockParameter.Latest, None);

        Assert.All(receipts, r => Assert.True(r.Succeeded));
        Assert.Equal(12, receipts.Select(r => r.TransactionHash).Distinct().Count());
        Assert.Equal(new BigInteger(78), await notebook.QueryAsync<BigInteger>("total", None));
        Assert.Equal([2, 4, 6, 8, 10, 12], evens.Select(e => (int)(BigInteger)e["value"]).Order());
        Assert.Equal(12, all.Count);
    }

    [Fact]
    public async Task Reverts_decode_custom_errors_reason_strings_and_panics()
    {
        var (notebook, sender) = await DeployAsync(account: 7);

        var custom = await Assert.ThrowsAsync<ContractRevertException>(() => notebook.SendAsync(sender, "write", None, Id(1), 5000, "t", "too big"));
        var reason = await Assert.ThrowsAsync<ContractRevertException>(() => notebook.CallAsync("ownerOnly", None));
        var panic = await Assert.ThrowsAsync<ContractRevertException>(() => notebook.CallAsync("divide", None, 1, 0));

        Assert.Equal(RevertKind.Custom, custom.Revert.Kind);
        Assert.Equal("NotebookValueTooLarge", custom.Revert.CustomError!.Name);
        Assert.Equal([new BigInteger(5000), new BigInteger(Limit)], custom.Revert.Arguments);
        Assert.Equal("gas estimation reverted with custom error NotebookValueTooLarge(5000, 1000)", custom.Message);
        Assert.Equal("Notebook: caller is not the owner", reason.Revert.ReasonString);
        Assert.Equal("call reverted with reason \"Notebook: caller is not the owner\"", reason.Message);
        Assert.Equal((RevertKind.Panic, new BigInteger(0x12)), (panic.Revert.Kind, panic.Revert.PanicCode));
    }

    [Fact]
    public async Task A_mined_transaction_that_reverts_throws_with_its_hash_and_reason_and_the_next_send_works()
    {
        var (notebook, sender) = await DeployAsync(account: 8);
        var request = new TransactionRequest { To = notebook.Address, Data = notebook.Abi.GetFunction("write").EncodeCall(Id(1), 5000, "t", "n"), GasLimit = 200_000 };

        var error = await Assert.ThrowsAsync<ContractRevertException>(() => sender.SendAndWaitAsync(request, None, notebook.Abi));
        var next = await notebook.SendAsync(sender, "write", None, Id(2), 7, "t", "after the revert");

        Assert.NotNull(error.TransactionHash);
        Assert.Equal("NotebookValueTooLarge", error.Revert.CustomError?.Name);
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task A_receipt_with_status_0_is_replayed_to_read_the_revert_reason()
    {
        var (notebook, sender) = await DeployAsync(account: 8);
        var request = new TransactionRequest { To = notebook.Address, Data = notebook.Abi.GetFunction("write").EncodeCall(Id(3), 6000, "t", "n"), GasLimit = 200_000 };
        // With automine off the node accepts the transaction without running it, so the failure only shows
        // in the mined receipt (status 0), as on a production chain.
        await chain.RpcAsync("evm_setAutomine", false);
        ContractRevertException error;
        try
        {
            var sending = sender.SendAndWaitAsync(request, None, notebook.Abi);
            while (await sender.Rpc.GetTransactionCountAsync(sender.Account, BlockParameter.Pending, None) == await sender.Rpc.GetTransactionCountAsync(sender.Account, BlockParameter.Latest, None))
            {
                await Task.Delay(50);
            }

            await chain.RpcAsync("evm_mine");
            error = await Assert.ThrowsAsync<ContractRevertException>(() => sending);
        }
        finally
        {
            await chain.RpcAsync("evm_setAutomine", true);
        }

        var receipt = await sender.Rpc.GetTransactionReceiptAsync(error.TransactionHash!.Value, None);
        Assert.False(receipt!.Succeeded);
        Assert.Null(error.InnerException);
        Assert.Equal($"transaction {error.TransactionHash} reverted with custom error NotebookValueTooLarge(6000, 1000)", error.Message);
    }

    [Fact]
    public async Task Call_round_trips_structs_and_fixed_arrays_through_the_evm()
    {
        var (notebook, _) = await DeployAsync(account: 5);
        object[] entries = [new object[] { Id(1), "one" }, new object[] { Id(2), "two ✓" }];
        object[] pair = [new BigInteger(long.MinValue), new BigInteger(-1)];

        var outputs = await notebook.CallAsync("echo", None, entries, pair);

        Assert.Equal(AbiRandomValues.ToJson(entries).ToJsonString(), AbiRandomValues.ToJson(outputs[0]).ToJsonString());
        Assert.Equal(pair, outputs[1]);
        Assert.Equal(new BigInteger(2), outputs[2]);
    }
}
