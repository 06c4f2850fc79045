using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench;

/// <summary>
/// Issue without the chain round trip: canonicalize, salt and hash 10,000 typical certificates of origin,
/// build the batch Merkle tree and every proof. Target: ≤ 1 s on one core.
/// </summary>
[MemoryDiagnoser]
public class IssueBenchmarks
{
    private const int BatchSize = 10_000;
    private JsonObject[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var generator = new CertificateOfOriginGenerator(1337);
        _documents = Enumerable.Range(0, BatchSize).Select(generator.Next).ToArray();
    }

    [Benchmark]
    public Hash32 IssueBatchOf10000()
    {
        var hasher = new DocumentHasher();
        var hashes = new Hash32[_documents.Length];
        for (var i = 0; i < _documents.Length; i++)
        {
            hashes[i] = hasher.Issue(_documents[i]).DocumentHash;
        }

        var tree = BatchMerkleTree.Build(hashes);
        for (var i = 0; i < hashes.Length; i++)
        {
            _ = tree.ProofFor(i);
        }

        return tree.Root;
    }
}
