using System.Globalization;
using ProvenanceLedger.Sdk.Ethereum;

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
        for (var round = 1; round <= Rounds; round++)
        {
            Hash32 root = default;
            var (cpu, wall) = CpuTimer.Measure(1, () => root = benchmark.IssueBatchOf10000());
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: issue {BatchSize} certificates: cpu {cpu.TotalMilliseconds:F0} ms, wall {wall.TotalMilliseconds:F0} ms, root {root}"));
        }

        IssuerCpuTimeReport.Run(output);

        var verify = new OfflineVerifyBenchmarks();
        verify.Setup();
        Measure(output, "offline verify (integrity + proof)", 20_000, verify.VerifyIntegrityAndProof);

        var engine = new BundleVerifierBenchmarks();
        engine.Setup();
        Measure(output, "OfflineBundleVerifier, one batch (integrity + proof + signature)", 20_000, engine.SameBatch);
        Measure(output, "OfflineBundleVerifier, signature recovered per bundle", 2_000, engine.EveryBundleRecovers);
    }

    private static void Measure(TextWriter output, string what, int count, Func<bool> verify)
    {
        var (cpu, _) = CpuTimer.Measure(count, () =>
        {
            if (!verify())
            {
                throw new InvalidOperationException($"{what}: a bundle did not verify");
            }
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count / cpu.TotalSeconds:F0} bundles per cpu-second"));
    }
}
