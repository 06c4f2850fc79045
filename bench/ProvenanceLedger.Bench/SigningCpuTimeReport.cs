using System.Globalization;

namespace ProvenanceLedger.Bench;

/// <summary>
/// `dotnet run -c Release -- signing-cpu-time`: the <see cref="SigningBenchmarks"/> operations per CPU-second
/// on one thread after warm-up, BouncyCastle's plain ECDSA sign included as the same-run baseline. On the
/// shared build machine wall time mostly measures the neighbours; the process's CPU time is what this thread
/// spent (the SDK's loops allocate almost nothing, so GC threads add next to nothing to them).
/// </summary>
internal static class SigningCpuTimeReport
{
    private const int Operations = 20_000;
    private const int Rounds = 3;

    public static void Run(TextWriter output)
    {
        var benchmarks = new SigningBenchmarks();
        benchmarks.Setup();
        (string Name, Action Operation)[] operations =
        [
            ("BouncyCastle plain sign", () => benchmarks.BouncyCastlePlainSign()),
            ("sign", () => benchmarks.Sign()),
            ("BouncyCastle recover (point)", () => benchmarks.BouncyCastleRecoverPoint()),
            ("recover", () => benchmarks.Recover()),
        ];

        // Warm-up: tier-1 JIT and the generator tables.
        foreach (var (_, operation) in operations)
        {
            CpuTimer.Measure(10_000, operation);
        }

        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var (name, operation) in operations)
            {
                var (cpu, wall) = CpuTimer.Measure(Operations, operation);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"round {round}: {Operations} × {name}: cpu {cpu.TotalMilliseconds:F0} ms = {Operations / cpu.TotalSeconds:F0}/cpu-s ({cpu.TotalMicroseconds / Operations:F1} µs each), wall {Operations / wall.TotalSeconds:F0}/s"));
            }
        }
    }
}
