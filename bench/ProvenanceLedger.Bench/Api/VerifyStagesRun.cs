using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ProvenanceLedger.Node.Api;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Hashing;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Bench.Api;

/// <summary>
/// Where one POST /api/v1/verify spends its CPU, stage by stage, without HTTP and without the index: the
/// node's own request reader over a pre-built body, the offline checks, the whole engine against an in-memory
/// ledger, and the report's JSON as the API writes it. 1,000 seeded certificates in 10 signed batches, read back from their files.
/// </summary>
internal static class VerifyStagesRun
{
    public static async Task<int> RunAsync(int rounds, TextWriter output)
    {
        var issuerKey = EthereumKey.FromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        var ledger = new InMemoryLedger(issuerKey.Address);
        var generator = new SampleDocumentGenerator(1337);
        var documents = Enumerable.Range(0, 1_000).Select(_ => generator.CertificateOfOrigin())
            .Select(d => new TradeDocument(d.Type, d.Id, new DocumentIssuer(issuerKey.Address, d.Issuer.Name), d.IssuedAt, d.Parents, d.Body))
            .ToList();
        var issued = await new DocumentBatchIssuer(issuerKey, ledger, new IssueOptions { MaxBatchSize = 100 }).IssueAsync(documents);
        var bodies = issued.Select(ProofBundleWriter.Write).ToArray();
        // What the node verifies: bundles read from their files, not the issuer's in-memory trees.
        var bundles = bodies.Select(b => ProofBundleReader.Read(b)).ToList();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        VerificationReportJson.Configure(json);
        json.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default);
        var offline = new OfflineBundleVerifier();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bundles.Count} bundles, {bodies.Average(b => b.Length):N0} bytes each on average; {rounds} rounds"));

        var stages = new StageTable();
        var hasher = new DocumentHasher();
        var report = new ArrayBufferWriter<byte>(16 * 1024);
        for (var round = 0; round < rounds; round++)
        {
            await stages.Measure("read request body (VerifyRequestReader)", bodies.Length, async i =>
            {
                var context = new DefaultHttpContext();
                context.Request.ContentType = "application/json";
                context.Request.Body = new MemoryStream(bodies[i]);
                var (bundle, _) = await VerifyRequestReader.ReadAsync(context.Request, CancellationToken.None);
                return bundle.Batch.Size;
            });
            await stages.Measure("  floor: JsonDocument.Parse", bodies.Length, i =>
            {
                using var document = JsonDocument.Parse(bodies[i]);
                return Task.FromResult(document.RootElement.GetPropertyCount());
            });
            await stages.Measure("  ProofBundleReader.Read", bodies.Length, i => Task.FromResult(ProofBundleReader.Read(bodies[i]).Batch.Size));

            // Every stage below gets bundles just read, as a request does: a read bundle's document is a tree
            // that is built on first use, and that first use is charged to the stage that makes it.
            var fresh = Fresh(bodies);
            await stages.Measure("offline checks (hash, proof, signature)", fresh.Count, i => Task.FromResult(offline.Verify(fresh[i]).Signatures.Count));
            fresh = Fresh(bodies);
            await stages.Measure("  document hash recomputed (DocumentHasher)", fresh.Count, i => Task.FromResult(hasher.Recompute(fresh[i].Document, fresh[i].Salts).DisclosedLeaves.Count));
            await stages.Measure("  same, document tree already built", fresh.Count, i => Task.FromResult(hasher.Recompute(fresh[i].Document, fresh[i].Salts).DisclosedLeaves.Count));
            await stages.Measure("  Merkle proof folded", fresh.Count, i => Task.FromResult((int)BatchMerkleTree.ComputeRoot(fresh[i].DocumentHash, fresh[i].Batch.Proof).Bytes[0]));
            fresh = Fresh(bodies);
            await stages.Measure("engine, in-memory ledger (offline checks included)", fresh.Count, async i =>
                (await new DocumentVerifier(ledger, offline).VerifyAsync(fresh[i])).Checks.Count);
            var reports = new VerificationReport[fresh.Count];
            for (var i = 0; i < reports.Length; i++)
            {
                reports[i] = await new DocumentVerifier(ledger, offline).VerifyAsync(fresh[i]);
            }

            // The node writes the report into the response's buffers: a reused buffer here, not a new array per report.
            await stages.Measure("report JSON written (API options)", reports.Length, i =>
            {
                report.ResetWrittenCount();
                using var writer = new Utf8JsonWriter(report);
                JsonSerializer.Serialize(writer, reports[i], json);
                return Task.FromResult(report.WrittenCount);
            });
        }

        stages.Print(output);
        return 0;
    }

    private static List<ProofBundle> Fresh(byte[][] bodies) => [.. bodies.Select(b => ProofBundleReader.Read(b))];

    /// <summary>A registry that anchors every batch in block 100 and knows its one issuer as accredited.</summary>
    private sealed class InMemoryLedger(Address issuer) : ILedgerView, IAnchorSubmitter
    {
        private static readonly DateTimeOffset Anchored = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        private readonly Dictionary<Hash32, LedgerBatch> _batches = [];
        private readonly LedgerIdentity _identity = new(31337, Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

        public Task<AnchorTerms> PrepareAsync(Address account, CancellationToken cancellationToken) =>
            Task.FromResult(new AnchorTerms(new Sdk.Registry.RegistryDomain(_identity.ChainId, _identity.Registry), _batches.Count));

        public Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
        {
            var transaction = new Hash32(System.Security.Cryptography.SHA256.HashData(batch.Message.Root.Bytes));
            _batches[batch.Message.Root] = new LedgerBatch(batch.Message.Root, batch.Issuer, batch.Message.DocType, batch.Message.Count, 100, Anchored, transaction);
            return Task.FromResult(new AnchorRecord(_identity.ChainId, _identity.Registry, transaction, 100, Anchored));
        }

        public Task<LedgerIdentity> GetIdentityAsync(CancellationToken cancellationToken) => Task.FromResult(_identity);

        public Task<LedgerPoint> ResolveAsync(AsOf asOf, CancellationToken cancellationToken) => Task.FromResult(new LedgerPoint(200, Anchored.AddHours(1)));

        public Task<LedgerBatch?> GetBatchAsync(Hash32 root, LedgerPoint at, CancellationToken cancellationToken) =>
            Task.FromResult(_batches.GetValueOrDefault(root));

        public Task<LedgerRevocation?> GetRevocationAsync(Hash32 hashOrRoot, LedgerPoint at, CancellationToken cancellationToken) => Task.FromResult<LedgerRevocation?>(null);

        public Task<LedgerSupersession?> GetSupersessionAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) => Task.FromResult<LedgerSupersession?>(null);

        public Task<IReadOnlyList<LedgerDecision>> GetDecisionsAsync(Hash32 documentHash, LedgerPoint at, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<LedgerDecision>>([]);

        public Task<LedgerAccreditation> GetAccreditationAsync(Address account, Hash32 docType, LedgerPoint at, CancellationToken cancellationToken) =>
            Task.FromResult(account == issuer
                ? new LedgerAccreditation(Sdk.Registry.AccreditationStatus.Active, "Stage Chamber", "https://stage.example/", [new Sdk.Registry.AccreditationPeriod(Anchored.AddDays(-1), Anchored.AddYears(1))])
                : new LedgerAccreditation(Sdk.Registry.AccreditationStatus.None, null, null, []));
    }
}
