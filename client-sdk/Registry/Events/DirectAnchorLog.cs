using System.Buffers.Binary;
using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Registry.Events;

/// <summary>
/// The anonymous <c>BatchAnchoredDirect(bytes32 indexed root, uint256 terms)</c> log of <c>anchor</c>: one topic (the
/// root) and one data word, count (bits 192-223), accreditation id (160-191) and issuer (0-159). It has no signature
/// topic, so it is recognised by that shape, which no other registry event has, tested before topic 0 (a root may
/// equal any event's topic 0): bits 224-255 zero and an id of at least 1, which also keeps one-word events of other
/// contracts (an address, a small number) from passing for it.
/// </summary>
public readonly record struct DirectAnchorLog(Hash32 Root, Address Issuer, uint AccreditationId, uint Count)
{
    /// <summary>The word <c>anchor</c> takes: count and accreditation id, the issuer's bits left for the event.</summary>
    public static BigInteger Terms(uint accreditationId, uint count) =>
        (new BigInteger(count) << 192) | (new BigInteger(accreditationId) << 160);

    /// <summary>Whether a registry log has the direct anchor's shape.</summary>
    public static bool Matches(Log log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Topics.Count == 1 && log.Data.Length == 32
            && BinaryPrimitives.ReadUInt32BigEndian(log.Data) == 0 && BinaryPrimitives.ReadUInt32BigEndian(log.Data.AsSpan(8)) != 0;
    }

    /// <summary>Reads a log that <see cref="Matches"/>.</summary>
    public static DirectAnchorLog Read(Log log)
    {
        if (!Matches(log))
        {
            throw new ArgumentException("the log is not a direct anchor: it needs one topic and one data word whose top 32 bits are zero and whose accreditation id is not", nameof(log));
        }

        var word = log.Data.AsSpan();
        return new DirectAnchorLog(
            log.Topics[0], new Address(word[12..]), BinaryPrimitives.ReadUInt32BigEndian(word[8..]), BinaryPrimitives.ReadUInt32BigEndian(word[4..]));
    }
}
