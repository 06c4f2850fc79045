using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>Where a registry event was emitted: the contract, block, log index and transaction.</summary>
public sealed record LogPosition(Address Contract, ulong BlockNumber, Hash32 BlockHash, ulong LogIndex, Hash32 TransactionHash)
{
    /// <summary>The position of <paramref name="log"/>.</summary>
    public static LogPosition Of(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return new LogPosition(log.Address, log.BlockNumber, log.BlockHash, log.LogIndex, log.TransactionHash);
    }
}
