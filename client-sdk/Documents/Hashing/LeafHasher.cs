using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Computes leafHash = keccak256(salt || keccak256(utf8(pointer)) || utf8(JCS(value))) (FORMAT.md §2).
/// Keeps keccak256 of every pointer it has seen, because documents of one batch share their pointers;
/// create one per batch (or per verifier), not per leaf. Leaves can also be queued and hashed several at once
/// (<see cref="Keccak256Batch"/>): most leaf preimages fit one Keccak block. Not thread-safe.
/// </summary>
public sealed class LeafHasher
{
    private readonly PointerHashCache _pointers = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private readonly Keccak256Batch _batch = new();

    /// <summary>The salted hash of the leaf <paramref name="value"/> at <paramref name="pointer"/>.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form (non-finite number, lone surrogate).</exception>
    public Hash32 Hash(Salt salt, string pointer, JsonNode? value)
    {
        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Hash(salt.Bytes, _pointers.Get(pointer), value, hash);
        return new Hash32(hash);
    }

    /// <summary>Writes the leaf hash into <paramref name="destination"/> (32 bytes) without allocating.</summary>
    internal void Hash(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, JsonNode? value, Span<byte> destination) =>
        Keccak256.Hash(Preimage(salt, pointerHash, value), destination);

    /// <summary>
    /// Queues the leaf to be hashed into <paramref name="destination"/> (32 bytes) together with other queued
    /// leaves; the hash is there after <see cref="Flush"/>. A leaf that cannot be canonicalised throws here,
    /// and the leaves queued before it are still hashed at the next flush.
    /// </summary>
    internal void Queue(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, JsonNode? value, Memory<byte> destination) =>
        _batch.Add(Preimage(salt, pointerHash, value), destination);

    /// <summary>The hashes of <paramref name="leaves"/>, in the same order, several hashed at once.</summary>
    /// <exception cref="CanonicalJsonException">A value has no canonical form.</exception>
    internal Hash32[] HashAll(IReadOnlyList<(string Pointer, JsonNode? Value, Salt Salt)> leaves)
    {
        var hashes = new byte[leaves.Count * Hash32.Size];
        try
        {
            for (var i = 0; i < leaves.Count; i++)
            {
                var (pointer, value, salt) = leaves[i];
                Queue(salt.Bytes, _pointers.Get(pointer), value, hashes.AsMemory(i * Hash32.Size, Hash32.Size));
            }
        }
        finally
        {
            // Also when a value is refused: nothing queued may be left for the next call to flush.
            Flush();
        }

        var result = new Hash32[leaves.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new Hash32(hashes.AsSpan(i * Hash32.Size, Hash32.Size));
        }

        return result;
    }

    /// <summary>Hashes every queued leaf into its destination.</summary>
    internal void Flush() => _batch.Flush();

    // salt || pointerHash || utf8(JCS(value)), in the buffer until the next leaf.
    private ReadOnlySpan<byte> Preimage(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, JsonNode? value)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(salt);
        _buffer.Write(pointerHash);
        JsonCanonicalizer.Write(value, _buffer);
        return _buffer.WrittenSpan;
    }

    /// <summary>
    /// Queues the leaf at <paramref name="value"/>'s token (a scalar, or the end of an empty object or array),
    /// canonicalised from its raw text, like <see cref="Queue(ReadOnlySpan{byte}, ReadOnlySpan{byte}, JsonNode, Memory{byte})"/>;
    /// <paramref name="pointer"/> names the leaf in a refusal.
    /// </summary>
    internal void Queue(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, ref Utf8JsonReader value, string pointer, Memory<byte> destination) =>
        _batch.Add(Preimage(salt, pointerHash, ref value, pointer), destination);

    // salt || pointerHash || utf8(JCS(value)) for the leaf at the reader's token, in the buffer until the next leaf.
    private ReadOnlySpan<byte> Preimage(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, ref Utf8JsonReader value, string pointer)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(salt);
        _buffer.Write(pointerHash);
        JsonCanonicalizer.WriteLeaf(ref value, pointer, _buffer);
        return _buffer.WrittenSpan;
    }

    /// <summary>The pointer cache, shared with the issue walk of the same hasher.</summary>
    internal PointerHashCache Pointers => _pointers;
}
