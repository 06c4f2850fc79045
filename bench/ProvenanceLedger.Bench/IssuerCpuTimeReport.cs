using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ProvenanceLedger.Bench.Peer;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench;

/// <summary>
/// Part of `cpu-time`: the peer comparison's issue workload (10,000 seeded certificates of origin read back
/// from JSON like `compare` reads them, one batch through <see cref="DocumentBatchIssuer"/>), in CPU and wall
/// time, then the single-threaded cost of each stage per document, so a change shows where it helped.
/// </summary>
internal static class IssuerCpuTimeReport
{
    private const int Documents = 10_000;
    private const int Rounds = 3;

    // Hardhat's development account #2, the issuer `bench/peer/run.sh` uses; a public test key.
    private const string IssuerKey = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

    public static void Run(TextWriter output)
    {
        var key = EthereumKey.FromHex(IssuerKey);
        var documents = Generate(key);
        var issuer = new DocumentBatchIssuer(key, new UnanchoredSubmitter(1337), new IssueOptions { MaxBatchSize = Documents });
        for (var round = 1; round <= Rounds; round++)
        {
            var pauseBefore = GC.GetTotalPauseDuration();
            var gen0Before = GC.CollectionCount(0);
            var gen2Before = GC.CollectionCount(2);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            IReadOnlyList<ProofBundle> bundles = [];
            var (cpu, wall) = CpuTimer.Measure(1, () => bundles = issuer.IssueAsync(documents).GetAwaiter().GetResult());
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: DocumentBatchIssuer, {Documents} certificates in one batch: cpu {cpu.TotalMilliseconds:F0} ms ({Documents / cpu.TotalSeconds:F0} docs per cpu-second), wall {wall.TotalMilliseconds:F0} ms ({Documents / wall.TotalSeconds:F0} docs/s), root {bundles[0].Batch.Root}"));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds:F0} ms; GC: {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms paused, {GC.CollectionCount(0) - gen0Before} collections ({GC.CollectionCount(2) - gen2Before} gen2), {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Documents:N0} bytes allocated per document"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  heap held by one round's bundles: {HeapHeldByBundles(issuer, documents) / Documents:N0} bytes per document"));

        var json = documents.Select(d => d.ToJson()).ToArray();
        Stage(output, "DocumentValidator.Validate", () =>
        {
            foreach (var document in documents)
            {
                DocumentValidator.Validate(document).ThrowIfInvalid();
            }
        });
        Stage(output, "TradeDocument.ToJson", () =>
        {
            foreach (var document in documents)
            {
                _ = document.ToJson();
            }
        });
        Stage(output, "DocumentHasher.Issue", () =>
        {
            var hasher = new DocumentHasher();
            foreach (var document in json)
            {
                _ = hasher.Issue(document);
            }
        });
        Stage(output, "PreparedBatch.Prepare (hash, tree, proofs; all cores)", () => PreparedBatch.Prepare(json, new DocumentHasher()));
        Stage(output, "DocumentBatchIssuer.IssueAsync (every stage of a round, warm; all cores)", () => issuer.IssueAsync(documents).GetAwaiter().GetResult());
    }

    // What the bundles keep alive is what every collection during the issue has to trace or copy.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long HeapHeldByBundles(DocumentBatchIssuer issuer, TradeDocument[] documents)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var bundles = issuer.IssueAsync(documents).GetAwaiter().GetResult();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(bundles);
        return after - before;
    }

    private static TradeDocument[] Generate(EthereumKey key)
    {
        var generator = new SampleDocumentGenerator(1337);
        var issuer = new DocumentIssuer(key.Address, generator.Issuer.Name);
        var documents = new TradeDocument[Documents];
        for (var i = 0; i < documents.Length; i++)
        {
            var sample = generator.CertificateOfOrigin();
            var written = new TradeDocument(sample.Type, sample.Id, issuer, sample.IssuedAt, sample.Parents, sample.Body).ToJsonString();
            documents[i] = TradeDocument.FromJson((JsonObject)JsonNode.Parse(written)!);
        }

        return documents;
    }

    // The least CPU of three runs after a warm-up: neighbours on a shared machine only ever add time.
    private static void Stage(TextWriter output, string what, Action run)
    {
        run();
        var least = TimeSpan.MaxValue;
        var allocated = 0L;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var (cpu, _) = CpuTimer.Measure(1, run);
            least = cpu < least ? cpu : least;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  stage {what}: {least.TotalMilliseconds * 1000 / Documents:F1} µs cpu and {allocated / Documents:N0} bytes allocated per document"));
    }
}
