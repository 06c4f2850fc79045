using System.Diagnostics;
using System.Globalization;

namespace ProvenanceLedger.Bench;

/// <summary>
/// `dotnet run -c Release -- cpu-time`: the issue workload measured in process CPU time as well as wall time.
/// The build machine is shared, so wall-clock benchmarks there mostly measure the neighbours; CPU time shows
/// what one core spends (it includes GC and JIT threads, so it errs on the high side).
/// </summary>
internal static class CpuTimeReport
{
    private const int BatchSize = 10_000;
    private const int Rounds = 5;

    public static void Run(TextWriter output)
    {
        var benchmark = new IssueBenchmarks();
        benchmark.Setup();
        using var process = Process.GetCurrentProcess();
        for (var round = 1; round <= Rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var root = benchmark.IssueBatchOf10000();
            wall.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: issue {BatchSize} certificates: cpu {cpu.TotalMilliseconds:F0} ms, wall {wall.Elapsed.TotalMilliseconds:F0} ms, root {root}"));
        }

        IssuerCpuTimeReport.Run(output, process);

        var verify = new OfflineVerifyBenchmarks();
        verify.Setup();
        const int bundles = 20_000;
        process.Refresh();
        var verifyCpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < bundles; i++)
        {
            if (!verify.VerifyIntegrityAndProof())
            {
                throw new InvalidOperationException("the sample bundle did not verify");
            }
        }

        process.Refresh();
        var verifyCpu = process.TotalProcessorTime - verifyCpuBefore;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"offline verify (integrity + proof): {bundles / verifyCpu.TotalSeconds:F0} bundles per cpu-second"));

        var engine = new BundleVerifierBenchmarks();
        engine.Setup();
        Measure(output, process, "OfflineBundleVerifier, one batch (integrity + proof + signature)", 20_000, engine.SameBatch);
        Measure(output, process, "OfflineBundleVerifier, signature recovered per bundle", 2_000, engine.EveryBundleRecovers);
    }

    private static void Measure(TextWriter output, Process process, string what, int count, Func<bool> verify)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < count; i++)
        {
            if (!verify())
            {
                throw new InvalidOperationException($"{what}: a bundle did not verify");
            }
        }

        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count / cpu.TotalSeconds:F0} bundles per cpu-second"));
    }
}
