using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Audit;

/// <summary>
/// Folds logs into the audit digest in chain order and remembers the digest at the end of every block that
/// had logs, so "the digest at block B" is a lookup. Refuses logs out of (blockNumber, logIndex) order, which
/// would silently give another digest.
/// </summary>
public sealed class AuditDigestFold
{
    private readonly List<BlockDigest> _blocks = [];

    /// <summary>Starts from D₀, or from a digest reached earlier (resuming at a checkpoint).</summary>
    public AuditDigestFold(Hash32? start = null, ulong? lastBlock = null, ulong? lastLogIndex = null)
    {
        Current = start ?? AuditDigest.Initial;
        LastBlock = lastBlock;
        LastLogIndex = lastLogIndex;
    }

    /// <summary>The digest after the last appended log.</summary>
    public Hash32 Current { get; private set; }

    /// <summary>Block of the last appended log (null before the first).</summary>
    public ulong? LastBlock { get; private set; }

    /// <summary>Log index of the last appended log.</summary>
    public ulong? LastLogIndex { get; private set; }

    /// <summary>How many logs were appended.</summary>
    public long Count { get; private set; }

    /// <summary>The digest at the end of each block that had logs, in block order.</summary>
    public IReadOnlyList<BlockDigest> Blocks => _blocks;

    /// <summary>Appends every log in order.</summary>
    public AuditDigestFold AppendAll(IEnumerable<Log> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        foreach (var log in logs)
        {
            Append(log);
        }

        return this;
    }

    /// <summary>Appends one log; it must come after the previous one in (blockNumber, logIndex) order.</summary>
    /// <exception cref="AuditDigestException">The log is out of order or was removed.</exception>
    public Hash32 Append(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (log.Removed)
        {
            throw new AuditDigestException($"log {log.LogIndex} of block {log.BlockNumber} is marked removed; fold only the canonical chain");
        }

        return Append(log.BlockNumber, log.BlockHash, log.LogIndex, log.Address, log.Topics, Keccak256.Hash(log.Data).Bytes);
    }

    /// <summary>Appends one log given by its raw parts and keccak256(data).</summary>
    public Hash32 Append(ulong blockNumber, Hash32 blockHash, ulong logIndex, Address address, IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> dataHash)
    {
        if (LastBlock is { } block && (blockNumber < block || (blockNumber == block && logIndex <= LastLogIndex)))
        {
            throw new AuditDigestException(
                $"log {logIndex} of block {blockNumber} comes after log {LastLogIndex} of block {block}; sort logs by (blockNumber, logIndex) before folding");
        }

        Current = AuditDigest.NextWithDataHash(Current, blockNumber, blockHash, logIndex, address, topics, dataHash);
        if (_blocks.Count > 0 && _blocks[^1].BlockNumber == blockNumber)
        {
            _blocks[^1] = _blocks[^1] with { Digest = Current, LogCount = _blocks[^1].LogCount + 1 };
        }
        else
        {
            _blocks.Add(new BlockDigest(blockNumber, blockHash, Current, 1));
        }

        LastBlock = blockNumber;
        LastLogIndex = logIndex;
        Count++;
        return Current;
    }

    /// <summary>The digest at block <paramref name="blockNumber"/>: after the last folded log at or below it.</summary>
    public Hash32 At(ulong blockNumber)
    {
        var digest = AuditDigest.Initial;
        foreach (var block in _blocks)
        {
            if (block.BlockNumber > blockNumber)
            {
                break;
            }

            digest = block.Digest;
        }

        return digest;
    }
}
