using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Tests.Documents;

public class DocumentHashGroupTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(8)]
    public void Each_document_hash_equals_the_one_document_combine_in_commit_order(int lanes)
    {
        var random = new Random(1337);
        var group = new DocumentHashGroup((KeccakLaneWidth)lanes);
        // Three rounds on one group (it is reused per block of documents), of 1–17 documents with 1–90 leaves; one
        // document of 2,500 leaves grows the slots past their first size.
        for (var round = 0; round < 3; round++)
        {
            var documents = Enumerable.Range(0, 1 + random.Next(17))
                .Select(d => RandomLeafHashes(random, round == 1 && d == 2 ? 2_500 : 1 + random.Next(90)))
                .ToArray();
            foreach (var leafHashes in documents)
            {
                leafHashes.CopyTo(group.Reserve(leafHashes.Length / Hash32.Size));
                group.Commit();
            }

            var hashes = new Hash32[documents.Length];
            group.Combine(hashes);

            Assert.Equal(0, group.Count);
            Assert.Equal(
                documents.Select(leafHashes => DocumentHashCombiner.SortAndCombine(leafHashes.ToArray()).ToString()),
                hashes.Select(hash => hash.ToString()));
        }
    }

    [Fact]
    public void A_reservation_not_committed_is_not_a_document()
    {
        var random = new Random(1337);
        var group = new DocumentHashGroup();
        var first = RandomLeafHashes(random, 40);
        var second = RandomLeafHashes(random, 60);
        first.CopyTo(group.Reserve(40));
        group.Commit();
        // A document refused mid-walk: its slot was partly written and is then reserved again by the next one.
        RandomLeafHashes(random, 50).CopyTo(group.Reserve(50));
        second.CopyTo(group.Reserve(60));
        group.Commit();

        var hashes = new Hash32[2];
        group.Combine(hashes);

        Assert.Equal(DocumentHashCombiner.SortAndCombine(first).ToString(), hashes[0].ToString());
        Assert.Equal(DocumentHashCombiner.SortAndCombine(second).ToString(), hashes[1].ToString());
    }

    [Fact]
    public void Combine_refuses_a_destination_shorter_than_the_documents()
    {
        var group = new DocumentHashGroup();
        RandomLeafHashes(new Random(1337), 3).CopyTo(group.Reserve(3));
        group.Commit();
        RandomLeafHashes(new Random(1338), 3).CopyTo(group.Reserve(3));
        group.Commit();

        var error = Assert.Throws<ArgumentException>(() => group.Combine(new Hash32[1]));
        Assert.Equal("2 documents need 2 hashes (Parameter 'documentHashes')", error.Message);
    }

    private static byte[] RandomLeafHashes(Random random, int leaves)
    {
        var bytes = new byte[leaves * Hash32.Size];
        random.NextBytes(bytes);
        return bytes;
    }
}
