using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Canonical;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Tests.Documents;

namespace ProvenanceLedger.Sdk.Tests.Issuing;

public class PreparedBatchParallelTests
{
    private const int SaltSeed = 7;

    // Random documents (awkward names, every scalar kind, empty containers) and sample certificates, re-parsed
    // from text so both kinds of JSON value (built in code and read from text) are hashed.
    private static List<JsonObject> Documents(int count)
    {
        var random = new RandomDocuments(new Random(1337));
        var certificates = SampleBatches.Certificates(count / 2, Address.Zero);
        var documents = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(i % 2 == 0
                ? random.Next()
                : StrictJsonParser.ParseObject(System.Text.Encoding.UTF8.GetBytes(certificates[i / 2].ToJsonString())));
        }

        return documents;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Hashing_on_several_workers_gives_the_salts_hashes_root_and_proofs_of_one_document_at_a_time(int workers)
    {
        var documents = Documents(301);
        var sequentialHasher = new DocumentHasher(new SeededSaltSource(SaltSeed));
        var expected = documents.Select(sequentialHasher.Issue).ToList();
        var expectedTree = BatchMerkleTree.Build([.. expected.Select(h => h.DocumentHash)]);

        var prepared = PreparedBatch.Prepare(documents, new DocumentHasher(new SeededSaltSource(SaltSeed)), workers);

        Assert.Equal(expectedTree.Root, prepared.Tree.Root);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Same(documents[i], prepared.Documents[i].Document);
            Assert.Equal(expected[i].DocumentHash, prepared.Documents[i].DocumentHash);
            Assert.Equal(expected[i].Salts, prepared.Documents[i].Salts);
            Assert.Equal(expected[i].DisclosedLeaves, prepared.Documents[i].DisclosedLeaves);
            Assert.Equal(expectedTree.ProofFor(i), prepared.Proofs[i]);
        }
    }

    [Fact]
    public void Every_document_hash_equals_the_leaf_by_leaf_definition_of_format_section_2_and_3()
    {
        var documents = Documents(64);

        var prepared = PreparedBatch.Prepare(documents, new DocumentHasher(new SeededSaltSource(SaltSeed)), maxWorkers: 4);

        var leafHasher = new LeafHasher();
        for (var i = 0; i < documents.Count; i++)
        {
            var issued = prepared.Documents[i];
            var leaves = DocumentFlattener.FlattenForIssue(documents[i]);
            Assert.Equal(leaves.Select(l => l.Pointer), issued.Salts.Keys);
            var leafHashes = leaves.Select(l => leafHasher.Hash(issued.Salts[l.Pointer], l.Pointer, l.Value)).ToList();
            Assert.Equal(leafHashes, issued.DisclosedLeaves.Select(l => l.LeafHash));
            var concatenated = leafHashes.Order().SelectMany(h => h.Bytes.ToArray()).ToArray();
            Assert.Equal(Keccak256.Hash(concatenated), issued.DocumentHash);
        }
    }

    [Fact]
    public void Documents_hashed_in_parallel_recompute_to_the_same_hash_from_their_salts()
    {
        var documents = Documents(96);
        var prepared = PreparedBatch.Prepare(documents, new DocumentHasher(), maxWorkers: 4);

        var verifier = new DocumentHasher();
        foreach (var issued in prepared.Documents)
        {
            Assert.Equal(issued.DocumentHash, verifier.Recompute(issued.Document, issued.Salts).DocumentHash);
        }
    }

    [Fact]
    public void The_first_document_without_a_canonical_form_is_the_one_reported_when_several_fail()
    {
        var documents = Documents(200);
        documents[150]["bad150"] = JsonValue.Create(double.PositiveInfinity);
        documents[45]["bad45"] = JsonValue.Create(double.NaN);
        documents[90]["bad90"] = JsonValue.Create(double.NaN);

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var error = Assert.Throws<CanonicalJsonException>(
                () => PreparedBatch.Prepare(documents, new DocumentHasher(new SeededSaltSource(SaltSeed)), maxWorkers: 4));
            Assert.Equal("/bad45", error.Pointer);
        }
    }

    [Fact]
    public void A_reserved_member_name_is_refused_whoever_draws_the_salts()
    {
        var documents = Documents(40);
        documents[33]["body"]!.AsObject()["$redacted"] = "x";

        var seeded = Assert.Throws<DocumentHashingException>(
            () => PreparedBatch.Prepare(documents, new DocumentHasher(new SeededSaltSource(SaltSeed)), maxWorkers: 4));
        var drawnByWorkers = Assert.Throws<DocumentHashingException>(
            () => PreparedBatch.Prepare(documents, new DocumentHasher(), maxWorkers: 4));

        Assert.Equal("/body/$redacted", seeded.Pointer);
        Assert.Equal("/body/$redacted", drawnByWorkers.Pointer);
    }
}
