using System.Diagnostics;
using System.Globalization;
using LiteDB;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.ReadModel;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Registry.Events;

namespace ProvenanceLedger.Bench.Ingest;

/// <summary>
/// The node's read path without HTTP: writes a synthetic store (as <see cref="StoreIngestRun"/> does), then
/// times the index reads the document and verify endpoints make, and prints LiteDB's plan for each query
/// shape so a full scan shows; then the same reads from the in-memory read model, and the memory it holds per event. Usage: <c>bench reads [scale]</c>.
/// </summary>
internal static class StoreReadRun
{
    private const int Rounds = 2_000;

    public static int Run(double scale, TextWriter output)
    {
        var registry = new Address(Keccak256.Hash("bench-registry"u8).Bytes[..20]);
        var logs = SyntheticRegistryLogs.Generate(
            (int)(10_000 * scale), (int)(100_000 * scale), (int)(10_000 * scale), 50, firstBlock: 1_000, registry);
        var decoder = new RegistryEventDecoder();
        var documents = logs.Select(l => decoder.TryDecode(l)).OfType<DocumentRevokedEvent>().Select(e => e.DocHash).ToList();
        var roots = logs.Select(l => decoder.TryDecode(l)).OfType<BatchAnchoredEvent>().Select(e => e.Root).ToList();
        var directory = Directory.CreateTempSubdirectory("ledger-reads-").FullName;
        try
        {
            using var store = new LedgerStore(LedgerDatabase.OpenFile(Path.Combine(directory, "ledger.db")));
            var writer = new LedgerWriter(decoder);
            foreach (var range in StoreIngestRun.Ranges(logs))
            {
                writer.Append(store.Current, range, keepBlocksFrom: range.To.Number);
            }

            output.WriteLine($"{logs.Count:N0} registry logs stored; {Rounds:N0} reads of each kind");
            Plans(store.Current, documents[0], output);
            var index = new LedgerIndex(store, new IndexerProgress(0));
            var random = new Random(1337);
            Row(output, "GetDocument (revoked document, latest)", () => index.GetDocument(documents[random.Next(documents.Count)], null, AsOf.Latest));
            Row(output, "GetBatch (latest)", () => index.GetBatch(roots[random.Next(roots.Count)], AsOf.Latest));
            Row(output, "GetIssuer (latest)", () => index.GetIssuer(registry, AsOf.Latest));
            Row(output, "Resolve (latest)", () => index.Resolve(AsOf.Latest));
            Row(output, "Resolve (earlier block)", () => index.Resolve(AsOf.AtBlock(1_000 + (ulong)random.Next((int)(logs[^1].BlockNumber - 1_000)))));
            Row(output, "GetStatus", () => index.GetStatus());

            // The bare LiteDB queries the reads are made of, to tell the store's cost from the index code's.
            var db = store.Current;
            BsonValue Document() => new(documents[random.Next(documents.Count)].Bytes.ToArray());
            BsonValue Root() => new(roots[random.Next(roots.Count)].Bytes.ToArray());
            Row(output, "raw: revocations EQ Target", () => db.Revocations.Find(Query.EQ("Target", Document())).ToList());
            Row(output, "raw: revocations EQ Target AND _id <", () => db.Revocations.Find(Query.And(Query.EQ("Target", Document()), Query.LT("_id", long.MaxValue))).ToList());
            Row(output, "raw: supersessions EQ OldHash", () => db.Supersessions.Find(Query.EQ("OldHash", Document())).ToList());
            Row(output, "raw: decisions EQ DocHash", () => db.Decisions.Find(Query.EQ("DocHash", Document())).ToList());
            Row(output, "raw: batches EQ Root", () => db.Batches.Find(Query.EQ("Root", Root())).FirstOrDefault());
            Row(output, "raw: checkpoint by id", () => db.Checkpoint.FindById(1));
            Row(output, "raw: GetBatch's three queries, inside LedgerDatabase.Read", () => db.Read(() =>
            {
                var root = Root();
                db.Checkpoint.FindById(1);
                db.Batches.Find(Query.EQ("Root", root)).FirstOrDefault();
                return db.Revocations.Find(Query.EQ("Target", root)).ToList();
            }));

            // The same reads as the node serves them: hot reads from the in-memory read model.
            var model = new LedgerReadModel(decoder);
            var build = Stopwatch.GetTimestamp();
            model.Follow(store.Current);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read model rebuilt from {logs.Count:N0} raw logs in {Stopwatch.GetElapsedTime(build).TotalMilliseconds:N0} ms"));
            var served = new ReadModelLedgerIndex(index, model, store, new IndexerProgress(0));
            Row(output, "model: GetDocument (revoked document, latest)", () => served.GetDocument(documents[random.Next(documents.Count)], null, AsOf.Latest));
            Row(output, "model: GetBatch (latest)", () => served.GetBatch(roots[random.Next(roots.Count)], AsOf.Latest));
            Row(output, "model: GetIssuer (latest)", () => served.GetIssuer(registry, AsOf.Latest));
            Row(output, "model: Resolve (latest)", () => served.Resolve(AsOf.Latest));
            Row(output, "model: Resolve (earlier block)", () => served.Resolve(AsOf.AtBlock(1_000 + (ulong)random.Next((int)(logs[^1].BlockNumber - 1_000)))));
            Row(output, "model: GetStatus", () => served.GetStatus());
            ReadModelMemory.Report(scale, registry, output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    private static void Plans(LedgerDatabase database, Hash32 document, TextWriter output)
    {
        var hash = new BsonValue(document.Bytes.ToArray());
        var plan = database.Revocations.Query().Where(Query.And(Query.EQ("Target", hash), Query.LT("_id", long.MaxValue))).GetPlan();
        output.WriteLine($"plan (revocations by target, as of): {plan["index"]}");
    }

    // Warm-up as long as the timed part: tiered JIT needs it, or the first rows measure the compiler.
    private static void Row(TextWriter output, string what, Func<object?> read)
    {
        for (var i = 0; i < Rounds; i++)
        {
            read();
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < Rounds; i++)
        {
            read();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {elapsed.TotalMilliseconds * 1_000 / Rounds:N1} µs | {Rounds / elapsed.TotalSeconds:N0}/s |"));
    }
}
