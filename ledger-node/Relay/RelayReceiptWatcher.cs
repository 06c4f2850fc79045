using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Relay;

/// <summary>Waits for each relayed transaction's receipt and records it as anchored (block) or failed (reason).</summary>
internal sealed class RelayReceiptWatcher(AnchorRelay relay, RelayerAccount relayer, EthRpcClient rpc, ILogger<RelayReceiptWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var sent in relay.Sent.ReadAllAsync(stoppingToken))
        {
            try
            {
                var sender = await relayer.SenderAsync(stoppingToken);
                var receipt = await sender.WaitForReceiptAsync(sent.TransactionHash, stoppingToken);
                var block = receipt.Succeeded ? await rpc.GetBlockByNumberAsync(receipt.BlockNumber, stoppingToken) : null;
                relay.Complete(receipt.Succeeded
                    ? sent with { State = RelayState.Anchored, BlockNumber = receipt.BlockNumber, BlockTime = block?.Time }
                    : sent with { State = RelayState.Failed, BlockNumber = receipt.BlockNumber, Reason = $"transaction {sent.TransactionHash} reverted in block {receipt.BlockNumber}" });
            }
            catch (Exception e) when (e is RpcException or ReceiptTimeoutException)
            {
                logger.LogWarning(e, "Relayed batch {Root}: no receipt for {Transaction}", sent.Root, sent.TransactionHash);
                relay.Complete(sent with { State = RelayState.Failed, Reason = $"no receipt for {sent.TransactionHash}: {e.Message}" });
            }
        }
    }
}
