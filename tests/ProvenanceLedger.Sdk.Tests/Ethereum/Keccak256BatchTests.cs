using System.Numerics;
using System.Runtime.Intrinsics;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

// Every width (1, 4, 8 lanes) runs on any machine: without AVX-512 (AVX2) .NET runs Vector512 (Vector256) in software.
public class Keccak256BatchTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Batch_equals_Keccak256_for_every_length_to_200_and_every_count_to_8(int lanes)
    {
        var width = (KeccakLaneWidth)lanes;
        var random = new Random(Seeded.Seed);
        var batch = new Keccak256Batch(width);
        for (var length = 0; length <= 200; length++)
        {
            for (var count = 1; count <= 8; count++)
            {
                var messages = Enumerable.Range(0, count).Select(_ => Seeded.Bytes(random, length)).ToArray();
                var digests = messages.Select(_ => new byte[Keccak256.Size]).ToArray();
                for (var i = 0; i < count; i++)
                {
                    batch.Add(messages[i], digests[i]);
                }

                batch.Flush();

                for (var i = 0; i < count; i++)
                {
                    Assert.Equal(Keccak256.Hash(messages[i]).ToString(), Hex.Encode(digests[i]));
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Batch_hashes_messages_of_different_lengths_in_one_group(int lanes)
    {
        var width = (KeccakLaneWidth)lanes;
        var random = new Random(Seeded.Seed);
        var batch = new Keccak256Batch(width);
        // 500 messages of 0..140 bytes, queued into one array of digests in steps of 32 bytes, some beyond one block.
        var messages = Enumerable.Range(0, 500).Select(_ => Seeded.Bytes(random, random.Next(0, 141))).ToArray();
        var digests = new byte[messages.Length * Keccak256.Size];
        for (var i = 0; i < messages.Length; i++)
        {
            batch.Add(messages[i], digests.AsMemory(i * Keccak256.Size, Keccak256.Size));
        }

        batch.Flush();

        for (var i = 0; i < messages.Length; i++)
        {
            Assert.Equal(Keccak256.Hash(messages[i]).ToString(), Hex.Encode(digests.AsSpan(i * Keccak256.Size, Keccak256.Size)));
        }
    }

    [Fact]
    public void Batch_of_this_machine_hashes_the_published_vectors()
    {
        var batch = new Keccak256Batch();
        var abc = new byte[Keccak256.Size];
        var empty = new byte[Keccak256.Size];

        batch.Add("abc"u8, abc);
        batch.Add([], empty);
        batch.Flush();

        Assert.Equal(0, batch.Pending);
        Assert.Equal("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", Hex.Encode(abc));
        Assert.Equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Hex.Encode(empty));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void A_full_group_is_hashed_without_flush(int lanes)
    {
        var width = (KeccakLaneWidth)lanes;
        var batch = new Keccak256Batch(width);
        var digests = new byte[(int)width * Keccak256.Size];
        for (var i = 0; i < (int)width; i++)
        {
            batch.Add("abc"u8, digests.AsMemory(i * Keccak256.Size, Keccak256.Size));
        }

        Assert.Equal(0, batch.Pending);
        Assert.Equal(
            "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
            Hex.Encode(digests.AsSpan(((int)width - 1) * Keccak256.Size, Keccak256.Size)));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void Vector_widths_queue_short_messages_until_flush_and_hash_long_ones_at_once(int lanes)
    {
        var batch = new Keccak256Batch((KeccakLaneWidth)lanes);
        var queued = new byte[Keccak256.Size];
        var long_ = new byte[Keccak256.Size];

        batch.Add("abc"u8, queued);
        batch.Add(new byte[136], long_);

        Assert.Equal(1, batch.Pending);
        Assert.Equal(new byte[Keccak256.Size], queued);
        Assert.Equal(Keccak256.Hash(new byte[136]).ToString(), Hex.Encode(long_));
        batch.Flush();
        Assert.Equal(0, batch.Pending);
        Assert.Equal("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45", Hex.Encode(queued));
    }

    [Fact]
    public void Add_refuses_a_destination_shorter_than_32_bytes()
    {
        var error = Assert.Throws<ArgumentException>(() => new Keccak256Batch().Add("abc"u8, new byte[31]));

        Assert.StartsWith("destination needs 32 bytes", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void HashEach_equals_Keccak256_for_every_length_to_200_and_counts_to_17(int lanes)
    {
        var width = (KeccakLaneWidth)lanes;
        var random = new Random(Seeded.Seed);
        for (var length = 1; length <= 200; length++)
        {
            for (var count = 0; count <= 17; count++)
            {
                var messages = Seeded.Bytes(random, count * length);
                var digests = new byte[count * Keccak256.Size];

                Keccak256Batch.HashEach(width, messages, length, digests);

                for (var i = 0; i < count; i++)
                {
                    Assert.Equal(
                        Keccak256.Hash(messages.AsSpan(i * length, length)).ToString(),
                        Hex.Encode(digests.AsSpan(i * Keccak256.Size, Keccak256.Size)));
                }
            }
        }
    }

    [Fact]
    public void HashEach_refuses_messages_that_do_not_divide_evenly_and_short_digests()
    {
        var uneven = Assert.Throws<ArgumentException>(() => Keccak256Batch.HashEach(new byte[65], 32, new byte[96]));
        var short_ = Assert.Throws<ArgumentException>(() => Keccak256Batch.HashEach(new byte[64], 32, new byte[63]));

        Assert.StartsWith("65 bytes are not a whole number of 32-byte messages", uneven.Message);
        Assert.StartsWith("digests needs 64 bytes for 2 messages", short_.Message);
    }

    [Fact]
    public void Lane_sliced_permutations_equal_the_scalar_permutation_of_each_state()
    {
        var random = new Random(Seeded.Seed);
        var states = Enumerable.Range(0, 8).Select(_ => Enumerable.Range(0, 25).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63)).ToArray()).ToArray();
        var wide = new Vector512<ulong>[25];
        var narrow = new Vector256<ulong>[25];
        for (var word = 0; word < 25; word++)
        {
            wide[word] = Vector512.Create(states.Select(s => s[word]).ToArray());
            narrow[word] = Vector256.Create(states.Take(4).Select(s => s[word]).ToArray());
        }

        KeccakF1600.Permute<Vector512<ulong>, Vector512KeccakLanes>(wide);
        KeccakF1600.Permute<Vector256<ulong>, Vector256KeccakLanes>(narrow);

        for (var k = 0; k < 8; k++)
        {
            KeccakF1600.Permute(states[k]);
            Assert.Equal(states[k], wide.Select(w => w[k]));
            if (k < 4)
            {
                Assert.Equal(states[k], narrow.Select(w => w[k]));
            }
        }
    }

    [Fact]
    public void Shift_rotations_used_without_vprolq_equal_a_scalar_rotation()
    {
        var random = new Random(Seeded.Seed);
        var values = Enumerable.Range(0, 8).Select(_ => (ulong)random.NextInt64() | (1UL << 63)).ToArray();
        var wide = Vector512.Create(values);
        var narrow = Vector256.Create(values[..4]);
        for (var count = 1; count < 64; count++)
        {
            var expected = values.Select(v => BitOperations.RotateLeft(v, count)).ToArray();

            Assert.Equal(expected, Enumerable.Range(0, 8).Select(k => Vector512KeccakLanes.ShiftRotateLeft(wide, count)[k]));
            Assert.Equal(expected[..4], Enumerable.Range(0, 4).Select(k => Vector256KeccakLanes.ShiftRotateLeft(narrow, count)[k]));
        }
    }
}
