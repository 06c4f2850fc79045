using System.Diagnostics;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.IntegrationTests.Bench;

/// <summary>
/// Runs bench/peer/run.sh --smoke (N = 50 on both sides) end to end, so the side-by-side benchmark with
/// OpenAttestation cannot rot: every figure of the table must be there, with a value on both sides; and the bench's
/// `issue-rounds` (our issue rounds alone, for profiling) runs on the documents it generated.
/// </summary>
public sealed class PeerBenchmarkSmokeTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    // Built by run.sh (Release, as its bench_dll); the issuer its documents name is Hardhat's development account #2 (run.sh).
    private static readonly string BenchDll = RepositoryRoot.Combine("bench", "ProvenanceLedger.Bench", "bin", "Release", "net10.0", "ProvenanceLedger.Bench.dll");
    private static readonly string SmokeIssuerKey = HardhatChainFixture.DevelopmentKey(2);

    // The figures the smoke run must print (bench/peer/table.js), each with a value on both sides.
    private static readonly string[] ComparedFigures =
    [
        "Issue throughput, N = 50 (docs/s, median of 2 rounds with their range; theirs wrapDocuments)",
        "Issue throughput per CPU-second, N = 50 (docs per CPU-s, all threads)",
        "Anchoring gas, batch of 1 (theirs issue, ours anchor): per batch · per doc",
        "Anchoring gas, batch of 1 (theirs issue, ours anchorBySig): per batch · per doc",
        "Anchoring wall time, batch of 1 (send → receipt): per batch · per doc",
        "Anchoring gas, batch of 50 (theirs issue, ours anchor): per batch · per doc",
        "Anchoring gas, batch of 50 (theirs issue, ours anchorBySig): per batch · per doc",
        "Anchoring wall time, batch of 50 (send → receipt): per batch · per doc",
        "Verify latency median (theirs oa-verify full; ours POST /api/v1/verify)",
        "Verify latency p99 (ours POST /api/v1/verify)",
        "Verify throughput (docs/s, 16 in flight; theirs one round of 20; ours POST /api/v1/verify, median of 2 rounds of 20 with their range)",
        "Verify throughput, ours' first round only (docs/s; the 20 requests after start-up and warm-up)",
        "Verify CPU per document: verifier + Hardhat node (ours POST /api/v1/verify, verifier = ledger node)",
        "Verify latency median (theirs oa-verify full; ours SDK direct to chain)",
        "Verify latency p99 (ours SDK direct to chain)",
        "Verify throughput (docs/s, 16 in flight; theirs one round of 20; ours SDK direct to chain, one round of 20)",
        "Verify CPU per document: verifier + Hardhat node (ours SDK direct to chain)",
        "Hide one field (body.importer.name; theirs obfuscate, ours redact), median per doc",
        "Verify after hiding, median (theirs oa-verify full; ours POST /api/v1/verify)",
    ];

    [Fact]
    public async Task Smoke_run_prints_every_figure_with_both_sides_measured()
    {
        var output = Directory.CreateTempSubdirectory("peer-bench-smoke-");
        try
        {
            var (exitCode, stdout, stderr) = await RunAsync(RepositoryRoot.Combine("bench", "peer", "run.sh"), ["--smoke", "--out", output.FullName]);

            Assert.True(exitCode == 0, $"run.sh --smoke exited with {exitCode}:\n{stderr}");
            var rows = TableRows(stdout);
            foreach (var figure in ComparedFigures)
            {
                Assert.True(rows.TryGetValue(figure, out var cells), $"the table has no row '{figure}':\n{stdout}");
                Assert.Matches(@"^\d", cells[0]);
                Assert.Matches(@"^\d", cells[1]);
                // "> N×" only where ours cost less than one /proc clock tick over the smoke's few documents (table.js).
                Assert.Matches(@"^(> )?\d[\d.,]*×", cells[2]);
            }

            // Both sides issue in two rounds and our API verifies in two: each median cell shows the rounds' range.
            Assert.Matches(@"^\d[\d,]* \(\d[\d,]*–\d[\d,]*\)$", rows["Issue throughput, N = 50 (docs/s, median of 2 rounds with their range; theirs wrapDocuments)"][0]);
            Assert.Matches(@"^\d[\d,]* \(\d[\d,]*–\d[\d,]*\)$", rows["Issue throughput, N = 50 (docs/s, median of 2 rounds with their range; theirs wrapDocuments)"][1]);
            Assert.Matches(@"^\d[\d,]* \(\d[\d,]*–\d[\d,]*\)$",
                rows["Verify throughput (docs/s, 16 in flight; theirs one round of 20; ours POST /api/v1/verify, median of 2 rounds of 20 with their range)"][1]);

            // Our issue again in a host with dynamic PGO off (as the CLI ships): its own row, compared with the same wrap.
            var pgoOff = rows["Issue throughput, N = 50, ours in a host with dynamic PGO off, as the provenance CLI runs it (docs/s, median of 2 rounds)"];
            Assert.Equal(rows["Issue throughput, N = 50 (docs/s, median of 2 rounds with their range; theirs wrapDocuments)"][0], pgoOff[0]);
            Assert.Matches(@"^\d[\d,]* \(\d[\d,]*–\d[\d,]*\)$", pgoOff[1]);
            Assert.Matches(@"^\d[\d.,]*×", pgoOff[2]);

            Assert.Equal(["yes", "yes", "—"], rows["Still valid after hiding"]);
            Assert.Equal(stdout, await File.ReadAllTextAsync(Path.Combine(output.FullName, "table.md")));

            // `issue-rounds` (our issue rounds alone, for profiling) on the documents the smoke run generated.
            var documents = Path.Combine(output.FullName, "documents.jsonl");
            var rounds = await RunProcessAsync("dotnet", [BenchDll, "issue-rounds", "--documents", documents, "--issuer-key", SmokeIssuerKey, "--hold", "50", "--size", "50", "--rounds", "2"], "issue-rounds");
            Assert.True(rounds.ExitCode == 0, $"issue-rounds exited with {rounds.ExitCode}:\n{rounds.Stderr}");
            Assert.Matches(@"issue N=50 round 1/2: .* docs/s", rounds.Stderr);
            Assert.Matches(@"issue N=50 round 2/2: .*collections \d+, paused [\d.]+ ms\), \d+ docs/s", rounds.Stderr);
            var refused = await RunProcessAsync("dotnet", [BenchDll, "issue-rounds", "--documents", documents, "--issuer-key", SmokeIssuerKey, "--hold", "10", "--size", "50"], "issue-rounds");
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("--hold (10) at least --size", refused.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    // "| figure | theirs | ours | ratio |" lines, keyed by figure.
    private static Dictionary<string, string[]> TableRows(string table) =>
        table.Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length == 4)
            .ToDictionary(cells => cells[0], cells => cells[1..]);

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string script, string[] arguments) =>
        RunProcessAsync("bash", [script, .. arguments], script);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string program, string[] arguments, string what)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {what}");
        using var timeout = new CancellationTokenSource(Budget);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The script's children (Hardhat node, our ledger node) are its descendants: end the whole tree.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {Budget.TotalMinutes} minutes");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
