using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Documents;

// The sort orders by a word holding a leaf's leading bits above its position (up to 256 leaves the first 7 bytes;
// beyond, fewer), then orders ties in full: these hashes share their first 7, 8, 16, 24 or all 32 bytes with others,
// in shuffled order, against a byte-wise comparison (unsigned big-endian order).
public class DocumentHashCombinerSortTests
{
    [Fact]
    public void Leaf_hashes_sharing_prefixes_sort_as_unsigned_big_endian_numbers()
    {
        var random = new Random(1337);
        for (var round = 0; round < 100; round++)
        {
            SortsAsNumbers(random, families: 1 + random.Next(12));
        }
    }

    [Fact]
    public void More_than_256_leaf_hashes_sharing_prefixes_sort_as_unsigned_big_endian_numbers()
    {
        var random = new Random(7);
        for (var round = 0; round < 10; round++)
        {
            SortsAsNumbers(random, families: 150 + random.Next(100));
        }
    }

    private static void SortsAsNumbers(Random random, int families)
    {
        var hashes = new List<byte[]>();
        for (var family = 0; family < families; family++)
        {
            var parent = new byte[Hash32.Size];
            random.NextBytes(parent);
            hashes.Add(parent);
            for (var member = 0; member < random.Next(5); member++)
            {
                // Same first 7, 8, 16, 24 or 32 bytes as the parent, the rest drawn anew.
                var shared = random.Next(5) is var kind && kind == 0 ? 7 : 8 * kind;
                var hash = new byte[Hash32.Size];
                random.NextBytes(hash);
                parent.AsSpan(0, shared).CopyTo(hash);
                hashes.Add(hash);
            }
        }

        var shuffled = hashes.OrderBy(_ => random.Next()).ToArray();
        var laidOut = shuffled.SelectMany(hash => hash).ToArray();

        DocumentHashCombiner.Sort(laidOut);

        var expected = shuffled.Order(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).SelectMany(hash => hash).ToArray();
        Assert.Equal(Hex.Encode(expected), Hex.Encode(laidOut));
    }

    [Fact]
    public void Sorting_then_hashing_gives_the_keccak_of_the_ordered_leaves()
    {
        // 0x02.., 0x01.., 0xff..: sorted they are 0x01 ‖ 0x02 ‖ 0xff, each a whole 32-byte hash.
        var leaves = new byte[3 * Hash32.Size];
        leaves[0] = 0x02;
        leaves[32] = 0x01;
        leaves[64] = 0xff;
        var ordered = new byte[3 * Hash32.Size];
        ordered[0] = 0x01;
        ordered[32] = 0x02;
        ordered[64] = 0xff;

        Assert.Equal(Keccak256.Hash(ordered), DocumentHashCombiner.SortAndCombine(leaves));
    }
}
