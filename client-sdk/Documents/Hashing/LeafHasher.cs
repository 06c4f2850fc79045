using System.Buffers;
using System.Text;
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
    private readonly Dictionary<string, byte[]> _pointerHashes = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    /// <summary>The salted hash of the leaf <paramref name="value"/> at <paramref name="pointer"/>.</summary>
    /// <exception cref="CanonicalJsonException">The value has no canonical form (non-finite number, lone surrogate).</exception>
    public Hash32 Hash(Salt salt, string pointer, JsonNode? value)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(salt.Bytes);
        _buffer.Write(PointerHash(pointer));
        JsonCanonicalizer.Write(value, _buffer);
        return Keccak256.Hash(_buffer.WrittenSpan);
    }

    private byte[] PointerHash(string pointer)
    {
        if (!_pointerHashes.TryGetValue(pointer, out var hash))
        {
            hash = new byte[Keccak256.Size];
            Keccak256.Hash(Encoding.UTF8.GetBytes(pointer), hash);
            _pointerHashes.Add(pointer, hash);
        }

        return hash;
    }
}
