using System.Globalization;
using ProvenanceLedger.Bench.Support;
using ProvenanceLedger.LoadTest;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Testing;

// Usage: dotnet run -c Release --project bench/ProvenanceLedger.LoadTest -- [seconds] [concurrency] [synthetic batches] [baseline node build ...]
// With baselines (directories each holding another build's ProvenanceLedger.Node.dll), the same load runs first
// against those nodes, then against this repository's, on the same chain: a before/after in the same conditions.
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var syntheticBatches = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
var builds = args.Skip(3).Select(Path.GetFullPath).ToList();

builds.Add(Path.Combine(RepositoryRoot.Path, "ledger-node", "bin", "Release", "net10.0"));
const uint SyntheticBatchSize = 10_000;

await using var chain = new HardhatChainFixture();
await chain.InitializeAsync();
Console.WriteLine($"chain: {chain.StartedBy} at {chain.RpcUrl}");
var scenario = await LoadScenario.CreateAsync(chain.RpcUrl, chain.PrivateKeys, certificates: 1_000, syntheticBatches, SyntheticBatchSize);
Console.WriteLine($"scenario: {scenario.Bundles.Count} issued certificates, {scenario.DocumentsIndexed:N0} documents anchored, last block {scenario.LastBlock}");

foreach (var build in builds)
{
    await using var node = await LedgerNodeProcess.StartAsync(build, chain.RpcUrl, scenario.Registry, TimeSpan.FromMilliseconds(200), CancellationToken.None);
    await node.WaitForBlockAsync(scenario.LastBlock, TimeSpan.FromMinutes(5), CancellationToken.None);
    Console.WriteLine($"node {build}, pid {node.ProcessId} at {node.BaseAddress}: indexed; RSS {node.ResidentBytes() / 1048576.0:F0} MB");
    Measure(node);
}

void Measure(LedgerNodeProcess node)
{
    var endpoint = node.Endpoint;
    var verifyRequests = scenario.Bundles.Select(b => RawHttpConnection.Request("POST", "/api/v1/verify", endpoint, ProofBundleWriter.Write(b))).ToArray();
    // First the node's first 3,000 verifications, as the peer comparison's throughput phase sees them: no warm-up, so
    // the JIT's compilations of the verify path are charged to them. Then the steady state.
    var cold = LoadRun.Run(node, concurrency, TimeSpan.Zero, TimeSpan.FromMinutes(1), verifyRequests, maxRequests: 3_000);
    Console.WriteLine($"POST /api/v1/verify, the first 3,000 verifications on the just-indexed node: {cold}");
    Report(cold);
    var verify = LoadRun.Run(node, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), verifyRequests);
    Console.WriteLine($"POST /api/v1/verify ({scenario.Bundles.Count:N0} different bundles of {scenario.BatchCount} batches, {verifyRequests.Average(r => r.Length):N0} bytes per request, {concurrency} connections): {verify}");
    Console.WriteLine($"node RSS after verify load: {node.ResidentBytes() / 1048576.0:F0} MB");
    Report(verify);

    var lookups = scenario.Bundles.Select(b => RawHttpConnection.Request("GET", $"/api/v1/documents/{b.DocumentHash}?root={b.Batch.Root}", endpoint)).ToArray();
    var status = LoadRun.Run(node, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), lookups);
    Console.WriteLine($"GET /api/v1/documents/{{hash}}?root= ({concurrency} connections): {status}");
    Console.WriteLine($"node RSS after status load: {node.ResidentBytes() / 1048576.0:F0} MB");
    Report(status);

    // Baselines: the bare pipeline, and the index's cheapest read, to tell HTTP cost from index cost.
    foreach (var path in new[] { "/health/live", "/api/v1/status" })
    {
        var baseline = LoadRun.Run(node, concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(seconds / 2), [RawHttpConnection.Request("GET", path, endpoint)]);
        Console.WriteLine($"GET {path}: {baseline}");
        Report(baseline);
    }
}

// CPU time and allocations per request over the measured phase say what the node costs whatever the neighbours do.
static void Report(LoadResult result)
{
    var (node, client) = (result.NodeCpuMillisecondsPerRequest, result.ClientCpuMillisecondsPerRequest);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  CPU per request: node {node:F3} ms, load generator {client:F3} ms -> {2000 / (node + client):N0} req/s on 2 idle cores (both included)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  node allocated {result.NodeKilobytesPerRequest:F1} KB per request; collections gen 0/1/2: {result.NodeGc.Gen0Collections}/{result.NodeGc.Gen1Collections}/{result.NodeGc.Gen2Collections} ({result.Gen0CollectionsPerThousand:F1} gen-0 per 1,000 requests)"));
}
