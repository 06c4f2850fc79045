using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>
/// Keccak-256 of several single-block messages (at most <see cref="MaxMessageLength"/> bytes, so the padded
/// message is one 136-byte block and one permutation) at once: the blocks are transposed into lane-sliced
/// words, permuted together, and the four digest words of each state written back.
/// </summary>
internal static class Keccak256Lanes
{
    /// <summary>The longest message whose padding still fits one block: the 0x01 pad byte needs one byte of the rate.</summary>
    public const int MaxMessageLength = Keccak256.Rate - 1;

    private const int BlockWords = Keccak256.Rate / sizeof(ulong);
    private const int DigestWords = Keccak256.Size / sizeof(ulong);

    /// <summary>
    /// The widest width this machine runs in hardware: Vector512 where the JIT accelerates it (AVX-512; not on
    /// CPUs where .NET prefers 256-bit vectors), else Vector256 (AVX2), else scalar.
    /// </summary>
    public static KeccakLaneWidth Widest =>
        Vector512.IsHardwareAccelerated ? KeccakLaneWidth.Vector512
        : Vector256.IsHardwareAccelerated ? KeccakLaneWidth.Vector256
        : KeccakLaneWidth.Scalar;

    /// <summary>Writes <paramref name="message"/> (at most <see cref="MaxMessageLength"/> bytes) padded into the 136-byte <paramref name="block"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Pad(ReadOnlySpan<byte> message, Span<byte> block)
    {
        message.CopyTo(block);
        block[message.Length..Keccak256.Rate].Clear();
        block[message.Length] ^= 0x01;
        block[Keccak256.Rate - 1] ^= 0x80;
    }

    /// <summary>
    /// Hashes the first <paramref name="count"/> padded blocks of <paramref name="blocks"/> (136 bytes each, end
    /// to end) into <paramref name="digests"/> (32 bytes each, end to end), <paramref name="width"/> at a time.
    /// </summary>
    public static void Hash(KeccakLaneWidth width, ReadOnlySpan<byte> blocks, int count, Span<byte> digests)
    {
        for (var first = 0; first < count; first += (int)width)
        {
            var group = Math.Min((int)width, count - first);
            var groupBlocks = blocks[(first * Keccak256.Rate)..];
            var groupDigests = digests[(first * Keccak256.Size)..];
            // A pass costs the same however few of its lanes hold messages (8 lanes ~440 ns, 4 lanes ~350 ns on
            // AVX-512) and a scalar hash ~260 ns (bench `keccak-cpu-time`), so a lone message is hashed alone.
            switch (group == 1 ? KeccakLaneWidth.Scalar : width)
            {
                case KeccakLaneWidth.Vector512:
                    Hash<Vector512<ulong>, Vector512KeccakLanes>(groupBlocks, group, groupDigests);
                    break;
                case KeccakLaneWidth.Vector256:
                    Hash<Vector256<ulong>, Vector256KeccakLanes>(groupBlocks, group, groupDigests);
                    break;
                default:
                    Hash<ulong, ScalarKeccakLanes>(groupBlocks, group, groupDigests);
                    break;
            }
        }
    }

    // One permutation for up to TLanes.Count messages; elements beyond count permute zero and are not read. The
    // state is cleared where the block does not fill it, so the runtime need not zero the stack first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    private static void Hash<TWord, TLanes>(ReadOnlySpan<byte> blocks, int count, Span<byte> digests)
        where TWord : unmanaged
        where TLanes : IKeccakLanes<TWord>
    {
        Span<TWord> state = stackalloc TWord[KeccakF1600.Lanes];
        Span<ulong> elements = stackalloc ulong[TLanes.Count];
        elements.Clear();
        for (var word = 0; word < BlockWords; word++)
        {
            for (var k = 0; k < count; k++)
            {
                elements[k] = BinaryPrimitives.ReadUInt64LittleEndian(blocks[((k * Keccak256.Rate) + (word * sizeof(ulong)))..]);
            }

            state[word] = TLanes.Load(elements);
        }

        state[BlockWords..].Clear();
        KeccakF1600.Permute<TWord, TLanes>(state);
        for (var word = 0; word < DigestWords; word++)
        {
            TLanes.Store(state[word], elements);
            for (var k = 0; k < count; k++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(digests[((k * Keccak256.Size) + (word * sizeof(ulong)))..], elements[k]);
            }
        }
    }
}
