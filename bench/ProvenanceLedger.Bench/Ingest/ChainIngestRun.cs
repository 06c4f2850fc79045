using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using ProvenanceLedger.Bench.Peer;
using ProvenanceLedger.Node.Indexing;
using ProvenanceLedger.Node.Ledger;
using ProvenanceLedger.Node.Store;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Contracts;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Bench.Ingest;

/// <summary>
/// The whole path on a real Hardhat chain: fills a fresh registry with batches, decisions and revocations
/// (1 : 10 : 1, many transactions per block), then times eth_getLogs alone and the indexer end to end.
/// Usage: <c>bench chain [transactions]</c>.
/// </summary>
internal static class ChainIngestRun
{
    private const int TransactionsPerBlock = 400;
    private const ulong GasLimit = 120_000;

    public static async Task<int> RunAsync(int transactions, TextWriter output)
    {
        await using var chain = new HardhatChainFixture();
        await chain.InitializeAsync();
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        var rpc = new EthRpcClient(transport);
        var governanceKey = EthereumKey.FromHex(chain.PrivateKeys[0]);
        var issuerKey = EthereumKey.FromHex(chain.PrivateKeys[1]);
        var customsKey = EthereumKey.FromHex(chain.PrivateKeys[3]);
        var governance = await RegistryClient.DeployAsync(new TransactionSender(rpc, governanceKey), governanceKey.Address);
        var deployment = await rpc.BlockNumberAsync(default);
        var docType = Keccak256.Hash("certificate-of-origin"u8);
        var now = (await rpc.GetBlockByNumberAsync(BlockParameter.Latest, default))!.Time;
        await governance.AccreditAsync(issuerKey.Address, docType, now, now.AddDays(365), "Bench issuer", "https://bench.example");
        await governance.AddCustomsAuthorityAsync(customsKey.Address, "CL");

        var batches = Math.Max(1, transactions / 12);
        var revocations = batches;
        var decisions = transactions - batches - revocations;
        var issuer = new TransactionSender(rpc, issuerKey);
        var customs = new TransactionSender(rpc, customsKey);
        var random = new Random(1337);
        var documents = Enumerable.Range(0, batches).Select(_ => new Hash32(Bytes(random, 32))).ToArray();
        var generating = Stopwatch.GetTimestamp();
        await chain.RpcAsync("evm_setAutomine", false);
        var pending = 0;
        async Task SendAsync(TransactionSender sender, string function, params object[] arguments)
        {
            await sender.SendAsync(new TransactionRequest { To = governance.Address, Data = RegistryClient.Abi.GetFunction(function).EncodeCall(arguments), GasLimit = GasLimit }, default);
            if (++pending == TransactionsPerBlock)
            {
                await chain.RpcAsync("evm_mine");
                pending = 0;
            }
        }

        // A batch of one document has root = keccak256(documentHash) and an empty proof (FORMAT.md section 4).
        var terms = DirectAnchorLog.Terms(await governance.AccreditationIdAsync(issuerKey.Address, docType), 1);
        foreach (var document in documents)
        {
            await SendAsync(issuer, "anchor", Keccak256.Hash(document.Bytes), terms);
        }

        await chain.RpcAsync("evm_mine");
        pending = 0;
        for (var i = 0; i < decisions; i++)
        {
            await SendAsync(customs, "recordDecision", documents[i % documents.Length], (byte)1, "CL-2026-" + i.ToString("D7", CultureInfo.InvariantCulture));
        }

        foreach (var document in documents.Take(revocations))
        {
            await SendAsync(issuer, "revokeDocument", document, Keccak256.Hash(document.Bytes), Array.Empty<object>(), (ushort)1);
        }

        await chain.RpcAsync("evm_mine");
        await chain.RpcAsync("evm_setAutomine", true);
        var generated = Stopwatch.GetElapsedTime(generating);
        var head = await rpc.BlockNumberAsync(default);
        output.WriteLine($"chain: {transactions:N0} registry transactions in {head - deployment:N0} blocks, generated in {generated.TotalSeconds:0.0} s");

        var getLogs = Stopwatch.GetTimestamp();
        var logs = await rpc.GetLogsAsync(new LogFilter { Addresses = [governance.Address], FromBlock = BlockParameter.Number(deployment), ToBlock = BlockParameter.Number(head) }, default);
        var getLogsElapsed = Stopwatch.GetElapsedTime(getLogs);

        var directory = Directory.CreateTempSubdirectory("ledger-bench-chain-").FullName;
        try
        {
            var settings = new IndexerSettings([new RegistryIdentity(governance.Address, deployment)], 0, 64, 0, 2_000, 100_000, 5_000, false);
            TimeSpan indexing;
            TimeSpan indexingCpu;
            using (var store = new LedgerStore(LedgerDatabase.OpenFile(Path.Combine(directory, "ledger.db"))))
            {
                var engine = new IndexerEngine(settings, rpc, store, new LedgerWriter(new RegistryEventDecoder()), new IndexerProgress(0), null, NullLogger.Instance, TimeProvider.System);
                var cpuBefore = ProcessorTime.Now();
                var started = Stopwatch.GetTimestamp();
                while (await engine.StepAsync(default) == StepOutcome.Progressed)
                {
                }

                indexing = Stopwatch.GetElapsedTime(started);
                indexingCpu = ProcessorTime.Now() - cpuBefore;
                var digest = new LedgerIndex(store, new IndexerProgress(0)).GetDigest(AsOf.Latest);
                if (digest.LogCount != logs.Count)
                {
                    throw new InvalidOperationException($"the index holds {digest.LogCount} logs but eth_getLogs returned {logs.Count}");
                }

                store.Current.Flush();
            }

            var bytes = Directory.EnumerateFiles(directory).Sum(f => new FileInfo(f).Length);
            output.WriteLine();
            output.WriteLine("| stage | time | events/s |");
            output.WriteLine("| --- | ---: | ---: |");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| one eth_getLogs over all blocks (Hardhat) | {getLogsElapsed.TotalSeconds:0.00} s | {logs.Count / getLogsElapsed.TotalSeconds:N0} |"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| indexer end to end (adaptive ranges, headers, decode, digest, LiteDB) | {indexing.TotalSeconds:0.00} s | {logs.Count / indexing.TotalSeconds:N0} |"));
            // The node's own CPU (Hardhat runs in another process): what indexing costs, whatever the neighbours do.
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexer process CPU time: {indexingCpu.TotalSeconds:0.00} s = {logs.Count / indexingCpu.TotalSeconds:N0} events per CPU second"));
            output.WriteLine();
            output.WriteLine($"{logs.Count:N0} registry logs; store: {bytes:N0} bytes on disk = {bytes / (double)logs.Count:N0} bytes/event");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    private static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
