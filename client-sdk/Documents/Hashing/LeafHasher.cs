using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// Computes leafHash = keccak256(salt || keccak256(utf8(pointer)) || utf8(JCS(value))) (FORMAT.md §2).
/// Keeps keccak256 of every pointer it has seen, because documents of one batch share their pointers;
/// create one per batch (or per verifier), not per leaf. Not thread-safe.
/// </summary>
public sealed class LeafHasher
{
    private readonly PointerHashCache _pointers = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    /// <summary>The salted hash of the leaf <paramref name="value"/> at <paramref name="pointer"/>.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form (non-finite number, lone surrogate).</exception>
    public Hash32 Hash(Salt salt, string pointer, JsonNode? value)
    {
        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Hash(salt.Bytes, _pointers.Get(pointer), value, hash);
        return new Hash32(hash);
    }

    /// <summary>Writes the leaf hash into <paramref name="destination"/> (32 bytes) without allocating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per leaf: no tier-0 code for the first batch
    internal void Hash(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, JsonNode? value, Span<byte> destination)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(salt);
        _buffer.Write(pointerHash);
        JsonCanonicalizer.Write(value, _buffer);
        Keccak256.Hash(_buffer.WrittenSpan, destination);
    }

    /// <summary>As above for the leaf at <paramref name="value"/>'s token, canonicalised from its raw text; <paramref name="pointer"/> names it in a refusal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per leaf: no tier-0 code for the first batch
    internal void Hash(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> pointerHash, ref Utf8JsonReader value, string pointer, Span<byte> destination) =>
        Keccak256.Hash(Preimage(salt, pointerHash, ref value, pointer), destination);

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
