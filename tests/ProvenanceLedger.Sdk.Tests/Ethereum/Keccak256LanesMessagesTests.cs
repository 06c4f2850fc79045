using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

// Multi-block messages of different lengths hashed in one group (what the document hashes of a block of documents
// need); every width runs on any machine, in software where the CPU lacks the vectors.
public class Keccak256LanesMessagesTests
{
    // Lengths on both sides of every block boundary up to five blocks, and the empty message.
    private static readonly int[] Lengths = [0, 1, 31, 32, 134, 135, 136, 137, 271, 272, 273, 407, 408, 544, 679, 680, 681, 1824];

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Each_message_of_a_group_hashes_as_Keccak256_whatever_its_neighbours_lengths(int lanes)
    {
        var width = (KeccakLaneWidth)lanes;
        var random = new Random(Seeded.Seed);
        for (var round = 0; round < 200; round++)
        {
            var count = 1 + random.Next(lanes);
            var lengths = Enumerable.Range(0, count).Select(_ => Lengths[random.Next(Lengths.Length)]).ToArray();
            // Messages lie in one buffer with a gap of 0–9 bytes before each, so no start is aligned by accident.
            var starts = new int[count];
            var data = new List<byte>();
            for (var k = 0; k < count; k++)
            {
                data.AddRange(Seeded.Bytes(random, random.Next(10)));
                starts[k] = data.Count;
                data.AddRange(Seeded.Bytes(random, lengths[k]));
            }

            var buffer = data.ToArray();
            var digests = new byte[count * Keccak256.Size];
            Keccak256Lanes.HashMessages(width, buffer, starts, lengths, digests);

            for (var k = 0; k < count; k++)
            {
                Assert.Equal(
                    Keccak256.Hash(buffer.AsSpan(starts[k], lengths[k])).ToString(),
                    Hex.Encode(digests.AsSpan(k * Keccak256.Size, Keccak256.Size)));
            }
        }
    }

    [Fact]
    public void Published_vectors_in_one_group_of_eight()
    {
        // keccak256("") and keccak256("abc"), each four times, in lanes of different block counts from their neighbours'.
        var data = "abcabcabcabc"u8.ToArray();
        int[] starts = [0, 0, 3, 0, 6, 0, 9, 0];
        int[] lengths = [0, 3, 0, 3, 0, 3, 0, 3];
        var digests = new byte[8 * Keccak256.Size];

        Keccak256Lanes.HashMessages(KeccakLaneWidth.Vector512, data, starts, lengths, digests);

        for (var k = 0; k < 8; k++)
        {
            Assert.Equal(
                k % 2 == 0 ? "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" : "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
                Hex.Encode(digests.AsSpan(k * Keccak256.Size, Keccak256.Size)));
        }
    }

    [Fact]
    public void A_group_larger_than_the_width_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Keccak256Lanes.HashMessages(KeccakLaneWidth.Vector256, new byte[10], new int[5], new int[5], new byte[5 * Keccak256.Size]));
        Assert.Equal("5 starts and 5 lengths for a group of at most 4 messages (Parameter 'starts')", error.Message);
    }
}
