using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Documents.Hashing;

/// <summary>
/// documentHash = keccak256(leaf hashes sorted as unsigned 256-bit big-endian numbers, concatenated)
/// (FORMAT.md §3), computed over leaf hashes laid end to end in one span: no Hash32 per leaf.
/// </summary>
internal static class DocumentHashCombiner
{
    /// <summary>Sorts the 32-byte leaf hashes in <paramref name="leafHashes"/> in place and hashes them.</summary>
    public static Hash32 SortAndCombine(Span<byte> leafHashes)
    {
        Sort(leafHashes);
        return Keccak256.Hash(leafHashes);
    }

    /// <summary>Sorts the 32-byte leaf hashes in <paramref name="leafHashes"/> in place, as unsigned big-endian numbers.</summary>
    public static void Sort(Span<byte> leafHashes)
    {
        var count = leafHashes.Length / Hash32.Size;
        var keys = ArrayPool<SortKey>.Shared.Rent(count);
        var words = ArrayPool<ulong>.Shared.Rent(count);
        try
        {
            Sort(leafHashes, keys, words);
        }
        finally
        {
            ArrayPool<SortKey>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    /// <summary>
    /// As <see cref="Sort(Span{byte})"/>, with the caller's scratch (<paramref name="keys"/> and
    /// <paramref name="words"/>, one per leaf at least).
    /// </summary>
    // Each leaf sorts as one 64-bit word, its first bits above its position: one primitive sort, nothing moved with
    // it. Leaves whose leading bits are equal (for hashes a chance of about count² / 2^(64 − position bits)) are then
    // ordered in full, as 256-bit numbers.
    public static void Sort(Span<byte> leafHashes, Span<SortKey> keys, Span<ulong> words)
    {
        var count = leafHashes.Length / Hash32.Size;
        keys = keys[..count];
        words = words[..count];
        if (count < 2)
        {
            return;
        }

        var position = (1UL << Math.Max(1, 64 - BitOperations.LeadingZeroCount((ulong)count - 1))) - 1;
        for (var i = 0; i < count; i++)
        {
            keys[i] = SortKey.Read(leafHashes.Slice(i * Hash32.Size, Hash32.Size));
            words[i] = (keys[i].W0 & ~position) | (uint)i;
        }

        SortWords(words);
        for (var i = 0; i < count; i++)
        {
            keys[(int)(words[i] & position)].Write(leafHashes.Slice(i * Hash32.Size, Hash32.Size));
        }

        for (var i = 1; i < count; i++)
        {
            if ((words[i] & ~position) == (words[i - 1] & ~position))
            {
                var start = i - 1;
                while (i < count && (words[i] & ~position) == (words[start] & ~position))
                {
                    i++;
                }

                // The run's hashes are in place, in position order: read back and ordered as whole numbers.
                var run = keys[start..i];
                for (var k = 0; k < run.Length; k++)
                {
                    run[k] = SortKey.Read(leafHashes.Slice((start + k) * Hash32.Size, Hash32.Size));
                }

                run.Sort();
                for (var k = 0; k < run.Length; k++)
                {
                    run[k].Write(leafHashes.Slice((start + k) * Hash32.Size, Hash32.Size));
                }
            }
        }
    }

    // Up to this many words, they are spread into buckets and insertion-sorted; beyond, the library sorts them.
    private const int BucketedLimit = 256;

    // The words spread by their top 6 bits into 64 buckets in order, then an insertion sort, which only moves a word
    // within its bucket: for hashes a bucket holds about count / 64 words, so the sort is about linear, where the
    // library's comparison sort pays for partitioning (a third of combining a document's hash, at 50 leaves).
    [SkipLocalsInit]
    private static void SortWords(Span<ulong> words)
    {
        if (words.Length > BucketedLimit)
        {
            words.Sort();
            return;
        }

        const int BucketBits = 6;
        Span<int> starts = stackalloc int[(1 << BucketBits) + 1];
        starts.Clear();
        foreach (var word in words)
        {
            starts[(int)(word >> (64 - BucketBits)) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        Span<ulong> spread = stackalloc ulong[BucketedLimit];
        spread = spread[..words.Length];
        foreach (var word in words)
        {
            spread[starts[(int)(word >> (64 - BucketBits))]++] = word;
        }

        for (var i = 1; i < spread.Length; i++)
        {
            var word = spread[i];
            var at = i;
            for (; at > 0 && spread[at - 1] > word; at--)
            {
                spread[at] = spread[at - 1];
            }

            spread[at] = word;
        }

        spread.CopyTo(words);
    }

    /// <summary>
    /// The document hash of disclosed leaf hashes (32 bytes each, end to end in <paramref name="disclosed"/>, left
    /// as they are) and redaction-marker hashes together.
    /// </summary>
    public static Hash32 Combine(ReadOnlySpan<byte> disclosed, IReadOnlyList<Hash32> redacted)
    {
        var length = disclosed.Length + (redacted.Count * Hash32.Size);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var all = rented.AsSpan(0, length);
            disclosed.CopyTo(all);
            for (var i = 0; i < redacted.Count; i++)
            {
                redacted[i].Bytes.CopyTo(all[(disclosed.Length + (i * Hash32.Size))..]);
            }

            return SortAndCombine(all);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>A 256-bit unsigned number as four big-endian words: comparing words in order compares the bytes.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal readonly record struct SortKey(ulong W0, ulong W1, ulong W2, ulong W3) : IComparable<SortKey>
    {
        public static SortKey Read(ReadOnlySpan<byte> hash) => new(
            BinaryPrimitives.ReadUInt64BigEndian(hash),
            BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));

        public void Write(Span<byte> destination)
        {
            BinaryPrimitives.WriteUInt64BigEndian(destination, W0);
            BinaryPrimitives.WriteUInt64BigEndian(destination[8..], W1);
            BinaryPrimitives.WriteUInt64BigEndian(destination[16..], W2);
            BinaryPrimitives.WriteUInt64BigEndian(destination[24..], W3);
        }

        public int CompareTo(SortKey other)
        {
            var c = W0.CompareTo(other.W0);
            if (c != 0)
            {
                return c;
            }

            c = W1.CompareTo(other.W1);
            if (c != 0)
            {
                return c;
            }

            c = W2.CompareTo(other.W2);
            return c != 0 ? c : W3.CompareTo(other.W3);
        }
    }
}
