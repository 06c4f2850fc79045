using System.Globalization;
using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Ethereum.Transactions;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

[Collection(ChainCollection.Name)]
public class TransactionChainTests(HardhatChainFixture chain)
{
    private const ulong OneGwei = 1_000_000_000;

    [Fact]
    public async Task Value_transfers_signed_by_the_sdk_are_mined_with_status_1()
    {
        var sender = EthereumKey.FromHex(chain.PrivateKeys[7]);
        var recipient = new Address(Seeded.Bytes(new Random(Seeded.Seed), 20));
        var nonces = new NonceManager(async (address, ct) => ParseQuantity(await chain.RpcAsync("eth_getTransactionCount", address.ToLowerHex(), "pending")));
        var before = ParseQuantity(await chain.RpcAsync("eth_getBalance", recipient.ToLowerHex(), "latest"));

        var eip1559 = new Eip1559Transaction
        {
            ChainId = (ulong)HardhatChainFixture.HardhatChainId,
            Nonce = await nonces.NextAsync(sender.Address),
            MaxPriorityFeePerGas = OneGwei,
            MaxFeePerGas = 50 * OneGwei,
            GasLimit = 21000,
            To = recipient,
            Value = 1234,
        }.Sign(sender);
        var legacy = new LegacyTransaction
        {
            ChainId = (ulong)HardhatChainFixture.HardhatChainId,
            Nonce = await nonces.NextAsync(sender.Address),
            GasPrice = 50 * OneGwei,
            GasLimit = 21000,
            To = recipient,
            Value = 5678,
        }.Sign(sender);

        foreach (var signed in new[] { eip1559, legacy })
        {
            var hash = (string)(await chain.RpcAsync("eth_sendRawTransaction", signed.RawHex))!;
            Assert.Equal(signed.Hash.ToString(), hash);
            var receipt = (await chain.RpcAsync("eth_getTransactionReceipt", hash))!;
            Assert.Equal("0x1", (string)receipt["status"]!);
            Assert.Equal(sender.Address.ToLowerHex(), (string)receipt["from"]!);
        }

        var after = ParseQuantity(await chain.RpcAsync("eth_getBalance", recipient.ToLowerHex(), "latest"));
        Assert.Equal(1234UL + 5678UL, after - before);
    }

    private static ulong ParseQuantity(System.Text.Json.Nodes.JsonNode? node) =>
        (ulong)BigInteger.Parse("0" + ((string)node!)[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
