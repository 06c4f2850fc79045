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
        Keccak256.PadFinalBlock(block, message.Length);
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

    /// <summary>
    /// Hashes up to <paramref name="width"/> messages of any lengths together: message k is
    /// <paramref name="data"/>[<paramref name="starts"/>[k] ..][.. <paramref name="lengths"/>[k]], its digest goes to
    /// bytes [32·k, 32·k + 32) of <paramref name="digests"/>. The group costs as many permutations as its longest
    /// message has blocks, so messages of similar lengths belong together.
    /// </summary>
    public static void HashMessages(KeccakLaneWidth width, ReadOnlySpan<byte> data, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<byte> digests)
    {
        if (starts.Length != lengths.Length || starts.Length > (int)width)
        {
            throw new ArgumentException($"{starts.Length} starts and {lengths.Length} lengths for a group of at most {(int)width} messages", nameof(starts));
        }

        switch (starts.Length == 1 ? KeccakLaneWidth.Scalar : width)
        {
            case KeccakLaneWidth.Vector512:
                HashMessages<Vector512<ulong>, Vector512KeccakLanes>(data, starts, lengths, digests);
                break;
            case KeccakLaneWidth.Vector256:
                HashMessages<Vector256<ulong>, Vector256KeccakLanes>(data, starts, lengths, digests);
                break;
            default:
                for (var k = 0; k < starts.Length; k++)
                {
                    Keccak256.Hash(data.Slice(starts[k], lengths[k]), digests.Slice(k * Keccak256.Size, Keccak256.Size));
                }

                break;
        }
    }

    // Block b of every message is absorbed in the same pass: a message's full blocks are read where they lie, its
    // padded last block from a copy; a lane whose message has ended absorbs nothing more and its digest, taken
    // right after its last permutation, is not disturbed by the permutations its neighbours still need.
    [SkipLocalsInit]
    private static void HashMessages<TWord, TLanes>(ReadOnlySpan<byte> data, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Span<byte> digests)
        where TWord : unmanaged
        where TLanes : IKeccakLanes<TWord>
    {
        var count = starts.Length;
        Span<TWord> state = stackalloc TWord[KeccakF1600.Lanes];
        state.Clear();
        Span<ulong> elements = stackalloc ulong[TLanes.Count];
        elements.Clear();
        Span<byte> lastBlocks = stackalloc byte[TLanes.Count * Keccak256.Rate];
        Span<int> lastBlock = stackalloc int[TLanes.Count];
        var blocks = 0;
        for (var k = 0; k < count; k++)
        {
            // A message of n bytes pads to n / 136 + 1 blocks (the pad needs at least one byte).
            lastBlock[k] = lengths[k] / Keccak256.Rate;
            blocks = Math.Max(blocks, lastBlock[k] + 1);
            var full = lastBlock[k] * Keccak256.Rate;
            Pad(data.Slice(starts[k] + full, lengths[k] - full), lastBlocks.Slice(k * Keccak256.Rate, Keccak256.Rate));
        }

        for (var block = 0; block < blocks; block++)
        {
            for (var word = 0; word < BlockWords; word++)
            {
                for (var k = 0; k < count; k++)
                {
                    var at = word * sizeof(ulong);
                    elements[k] = block < lastBlock[k] ? BinaryPrimitives.ReadUInt64LittleEndian(data[(starts[k] + (block * Keccak256.Rate) + at)..])
                        : block == lastBlock[k] ? BinaryPrimitives.ReadUInt64LittleEndian(lastBlocks[((k * Keccak256.Rate) + at)..])
                        : 0;
                }

                state[word] = TLanes.Xor(state[word], TLanes.Load(elements));
            }

            KeccakF1600.Permute<TWord, TLanes>(state);
            for (var word = 0; word < DigestWords; word++)
            {
                TLanes.Store(state[word], elements);
                for (var k = 0; k < count; k++)
                {
                    if (lastBlock[k] == block)
                    {
                        BinaryPrimitives.WriteUInt64LittleEndian(digests[((k * Keccak256.Size) + (word * sizeof(ulong)))..], elements[k]);
                    }
                }
            }
        }
    }

    // One permutation for up to TLanes.Count messages; elements beyond count permute zero and are not read. The
    // state is cleared where the block does not fill it, so the runtime need not zero the stack first.
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
