using System.Buffers.Binary;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Audit;

/// <summary>
/// One step of the audit digest of FORMAT.md section 7: a running keccak256 over the raw registry logs in
/// (blockNumber, logIndex) order. It needs nothing but what eth_getLogs returns, so an auditor can recompute
/// it with any Ethereum library and compare it with a ledger node's.
/// </summary>
public static class AuditDigest
{
    /// <summary>At most four topics per log (LOG0..LOG4).</summary>
    public const int MaxTopics = 4;

    // D(i-1) || uint64 block || block hash || uint32 log index || address || uint8 topic count || topics || keccak(data)
    private const int FixedSize = Hash32.Size + 8 + Hash32.Size + 4 + Address.Size + 1 + Hash32.Size;

    /// <summary>D₀: the digest before the first log (32 zero bytes).</summary>
    public static Hash32 Initial => Hash32.Zero;

    /// <summary>Dᵢ from Dᵢ₋₁ and one log's raw parts.</summary>
    /// <exception cref="ArgumentException">More than four topics, or a log index beyond uint32.</exception>
    public static Hash32 Next(
        Hash32 previous, ulong blockNumber, Hash32 blockHash, ulong logIndex, Address address, IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Span<byte> dataHash = stackalloc byte[Hash32.Size];
        Keccak256.Hash(data, dataHash);
        return NextWithDataHash(previous, blockNumber, blockHash, logIndex, address, topics, dataHash);
    }

    /// <summary>Dᵢ from Dᵢ₋₁ and a log as eth_getLogs reports it.</summary>
    public static Hash32 Next(Hash32 previous, Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.Removed)
        {
            throw new ArgumentException($"log {log.LogIndex} of block {log.BlockNumber} was removed by a reorg; the digest covers the canonical chain only", nameof(log));
        }

        return Next(previous, log.BlockNumber, log.BlockHash, log.LogIndex, log.Address, log.Topics, log.Data);
    }

    /// <summary>Dᵢ when keccak256(data) is already known (a store that keeps it saves rehashing).</summary>
    public static Hash32 NextWithDataHash(
        Hash32 previous, ulong blockNumber, Hash32 blockHash, ulong logIndex, Address address, IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> dataHash)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count > MaxTopics)
        {
            throw new ArgumentException($"a log has at most {MaxTopics} topics, got {topics.Count}", nameof(topics));
        }

        if (logIndex > uint.MaxValue)
        {
            throw new ArgumentException($"log index {logIndex} does not fit the digest's uint32", nameof(logIndex));
        }

        if (dataHash.Length != Hash32.Size)
        {
            throw new ArgumentException($"the data hash is {Hash32.Size} bytes, got {dataHash.Length}", nameof(dataHash));
        }

        Span<byte> buffer = stackalloc byte[FixedSize + (MaxTopics * Hash32.Size)];
        var at = 0;
        previous.Bytes.CopyTo(buffer[at..]);
        at += Hash32.Size;
        BinaryPrimitives.WriteUInt64BigEndian(buffer[at..], blockNumber);
        at += 8;
        blockHash.Bytes.CopyTo(buffer[at..]);
        at += Hash32.Size;
        BinaryPrimitives.WriteUInt32BigEndian(buffer[at..], (uint)logIndex);
        at += 4;
        address.Bytes.CopyTo(buffer[at..]);
        at += Address.Size;
        buffer[at++] = (byte)topics.Count;
        foreach (var topic in topics)
        {
            topic.Bytes.CopyTo(buffer[at..]);
            at += Hash32.Size;
        }

        dataHash.CopyTo(buffer[at..]);
        at += Hash32.Size;
        return Keccak256.Hash(buffer[..at]);
    }
}
