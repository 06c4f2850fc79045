using System.Buffers.Binary;
using ProvenanceLedger.Node.Store.Records;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Node.Store;

/// <summary>
/// Packs the logs of one block into one binary value and back, losslessly. Per log, little-endian: log index
/// (u32), transaction index (u32), transaction hash (32 bytes), address (20), topic count (u8), topics (32
/// each), data length (u32), data. The block number and hash are the document's, not repeated per log; field
/// names are not stored at all, which is most of what a BSON document per log spent.
/// </summary>
internal static class RawLogPacking
{
    private const int FixedPart = 4 + 4 + Hash32.Size + Address.Size + 1 + 4;

    /// <summary>The document for <paramref name="logs"/>, which must all be of one block, in log-index order.</summary>
    public static RawBlockRecord Pack(IReadOnlyList<Log> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentOutOfRangeException.ThrowIfZero(logs.Count);
        var block = logs[0];
        var size = 0;
        foreach (var log in logs)
        {
            if (log.BlockNumber != block.BlockNumber || log.BlockHash != block.BlockHash)
            {
                throw new ArgumentException($"log {log.LogIndex} of block {log.BlockNumber} is not of block {block.BlockNumber} ({block.BlockHash}); pack one block at a time", nameof(logs));
            }

            if (log.Topics.Count > byte.MaxValue || log.LogIndex > uint.MaxValue || log.TransactionIndex > uint.MaxValue)
            {
                throw new ArgumentException($"log {log.LogIndex} of block {log.BlockNumber} has more topics or larger indexes than the packing holds", nameof(logs));
            }

            size += FixedPart + (log.Topics.Count * Hash32.Size) + log.Data.Length;
        }

        var packed = new byte[size];
        var span = packed.AsSpan();
        foreach (var log in logs)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)log.LogIndex);
            BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)log.TransactionIndex);
            log.TransactionHash.Bytes.CopyTo(span[8..]);
            log.Address.Bytes.CopyTo(span[(8 + Hash32.Size)..]);
            span = span[(8 + Hash32.Size + Address.Size)..];
            span[0] = (byte)log.Topics.Count;
            span = span[1..];
            foreach (var topic in log.Topics)
            {
                topic.Bytes.CopyTo(span);
                span = span[Hash32.Size..];
            }

            BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)log.Data.Length);
            log.Data.CopyTo(span[4..]);
            span = span[(4 + log.Data.Length)..];
        }

        return new RawBlockRecord { Id = (long)block.BlockNumber, BlockHash = block.BlockHash.Bytes.ToArray(), LogCount = logs.Count, Logs = packed };
    }

    /// <summary>The logs <paramref name="record"/> holds, in log-index order.</summary>
    /// <exception cref="InvalidDataException">The packed value is cut short or longer than its logs.</exception>
    public static List<Log> Unpack(RawBlockRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var logs = new List<Log>(record.LogCount);
        var blockNumber = (ulong)record.Id;
        var blockHash = new Hash32(record.BlockHash);
        ReadOnlySpan<byte> span = record.Logs;
        try
        {
            for (var i = 0; i < record.LogCount; i++)
            {
                var logIndex = BinaryPrimitives.ReadUInt32LittleEndian(span);
                var transactionIndex = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
                var transactionHash = new Hash32(span.Slice(8, Hash32.Size));
                var address = new Address(span.Slice(8 + Hash32.Size, Address.Size));
                span = span[(8 + Hash32.Size + Address.Size)..];
                var topics = new Hash32[span[0]];
                span = span[1..];
                for (var t = 0; t < topics.Length; t++)
                {
                    topics[t] = new Hash32(span[..Hash32.Size]);
                    span = span[Hash32.Size..];
                }

                var length = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(span));
                var data = span.Slice(4, length).ToArray();
                span = span[(4 + length)..];
                logs.Add(new Log(address, topics, data, blockNumber, blockHash, logIndex, transactionHash, transactionIndex, Removed: false));
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException($"the raw logs stored for block {record.Id} are cut short; re-index the store (replay)", e);
        }

        return span.IsEmpty
            ? logs
            : throw new InvalidDataException($"the raw logs stored for block {record.Id} hold {span.Length} bytes beyond their {record.LogCount} logs; re-index the store (replay)");
    }
}
