using System.Buffers.Binary;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>
/// Salts as keccak256(seed || counter) from a random 32-byte seed kept in the resume journal. A re-run of an
/// interrupted issue thereby draws the same salts, hence the same document hashes and batch roots, and
/// finds its batches already anchored instead of anchoring new ones. With a secret random seed, each salt is
/// as unpredictable as a fresh one.
/// </summary>
internal sealed class SeededSaltSource(Hash32 seed) : ISaltSource
{
    private ulong _counter;

    public void Fill(Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[Hash32.Size + sizeof(ulong)];
        Span<byte> block = stackalloc byte[Keccak256.Size];
        seed.Bytes.CopyTo(input);
        var written = 0;
        while (written < destination.Length)
        {
            BinaryPrimitives.WriteUInt64BigEndian(input[Hash32.Size..], _counter++);
            Keccak256.Hash(input, block);
            var take = Math.Min(block.Length, destination.Length - written);
            block[..take].CopyTo(destination[written..]);
            written += take;
        }
    }
}
