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
var verify = await LoadRun.RunAsync(http, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), i =>
{
    var content = new ByteArrayContent(bodies[i % bodies.Length]);
    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    return new HttpRequestMessage(HttpMethod.Post, "api/v1/verify") { Content = content };
});
Console.WriteLine($"POST /api/v1/verify ({bodies.Average(b => b.Length):N0}-byte bundles, {concurrency} connections): {verify}");
Console.WriteLine($"node RSS after verify load: {node.ResidentBytes() / 1048576.0:F0} MB");

var lookups = scenario.Bundles.Select(b => $"api/v1/documents/{b.DocumentHash}?root={b.Batch.Root}").ToArray();
var status = await LoadRun.RunAsync(http, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), i =>
    new HttpRequestMessage(HttpMethod.Get, lookups[i % lookups.Length]));
Console.WriteLine($"GET /api/v1/documents/{{hash}}?root= ({concurrency} connections): {status}");
Console.WriteLine($"node RSS after status load: {node.ResidentBytes() / 1048576.0:F0} MB");
