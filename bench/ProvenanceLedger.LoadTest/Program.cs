using System.Globalization;
using System.Net.Http.Headers;
using ProvenanceLedger.LoadTest;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Testing;

// Usage: dotnet run -c Release --project bench/ProvenanceLedger.LoadTest -- [seconds] [concurrency] [synthetic batches]
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
var syntheticBatches = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
const uint SyntheticBatchSize = 10_000;

await using var chain = new HardhatChainFixture();
await chain.InitializeAsync();
Console.WriteLine($"chain: {chain.StartedBy} at {chain.RpcUrl}");
var scenario = await LoadScenario.CreateAsync(chain.RpcUrl, chain.PrivateKeys, certificates: 1_000, syntheticBatches, SyntheticBatchSize);
Console.WriteLine($"scenario: {scenario.Bundles.Count} issued certificates, {scenario.DocumentsIndexed:N0} documents anchored, last block {scenario.LastBlock}");

using var node = NodeProcess.Start(RepositoryRoot.Path, chain.RpcUrl, scenario.Registry);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan }) { BaseAddress = node.Url };
await node.WaitForBlockAsync(http, scenario.LastBlock, TimeSpan.FromMinutes(5));
Console.WriteLine($"node pid {node.ProcessId} at {node.Url}: indexed; RSS {node.ResidentBytes() / 1048576.0:F0} MB");

var bodies = scenario.Bundles.Select(ProofBundleWriter.Write).ToArray();
var (nodeCpu, clientCpu) = (node.CpuTime(), Environment.CpuUsage.TotalTime);
var verify = await LoadRun.RunAsync(http, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), i =>
{
    var content = new ByteArrayContent(bodies[i % bodies.Length]);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    return new HttpRequestMessage(HttpMethod.Post, "api/v1/verify") { Content = content };
});
Console.WriteLine($"POST /api/v1/verify ({bodies.Average(b => b.Length):N0}-byte bundles, {concurrency} connections): {verify}");
Console.WriteLine($"node RSS after verify load: {node.ResidentBytes() / 1048576.0:F0} MB");
(nodeCpu, clientCpu) = Report(verify, nodeCpu, clientCpu);

var lookups = scenario.Bundles.Select(b => $"api/v1/documents/{b.DocumentHash}?root={b.Batch.Root}").ToArray();
var status = await LoadRun.RunAsync(http, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), i =>
    new HttpRequestMessage(HttpMethod.Get, lookups[i % lookups.Length]));
Console.WriteLine($"GET /api/v1/documents/{{hash}}?root= ({concurrency} connections): {status}");
Console.WriteLine($"node RSS after status load: {node.ResidentBytes() / 1048576.0:F0} MB");
(nodeCpu, clientCpu) = Report(status, nodeCpu, clientCpu);

// Baselines: the bare pipeline, and the index's cheapest read, to tell HTTP cost from index cost.
foreach (var path in new[] { "health/live", "api/v1/status" })
{
    var baseline = await LoadRun.RunAsync(http, concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(seconds / 2), _ => new HttpRequestMessage(HttpMethod.Get, path));
    Console.WriteLine($"GET /{path}: {baseline}");
    (nodeCpu, clientCpu) = Report(baseline, nodeCpu, clientCpu);
}

// CPU time per request (warm-up included, so it errs high) says what the node costs whatever the neighbours do.
(TimeSpan, TimeSpan) Report(LoadResult result, TimeSpan nodeBefore, TimeSpan clientBefore)
{
    var (nodeNow, clientNow) = (node.CpuTime(), Environment.CpuUsage.TotalTime);
    var perRequest = (nodeNow - nodeBefore).TotalMilliseconds / result.Requests;
    var clientPerRequest = (clientNow - clientBefore).TotalMilliseconds / result.Requests;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  CPU per request: node {perRequest:F3} ms, load generator {clientPerRequest:F3} ms -> {2000 / (perRequest + clientPerRequest):N0} req/s on 2 idle cores (both included)"));
    return (nodeNow, clientNow);
}
