using System.Globalization;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ProvenanceLedger.Bench;

/// <summary>
/// `dotnet run -c Release -- keccak-cpu-time`: CPU time per message of the scalar Keccak-256 and of the
/// multi-buffer (<see cref="KeccakBenchmarks"/>), one thread after warm-up. The multi-buffer takes the widest
/// path the runtime accelerates; run with DOTNET_PreferredVectorBitWidth=256 for the four-lane path with AVX-512
/// rotations, or DOTNET_EnableAVX512=0 for the AVX2-only four-lane path.
/// </summary>
internal static class KeccakCpuTimeReport
{
    private const int Calls = 1_600_000;
    private const int Rounds = 3;

    public static void Run(TextWriter output)
    {
        var benchmarks = new KeccakBenchmarks();
        (string Name, int Messages, Action Operation)[] operations =
        [
            ("scalar, 64 bytes", 1, benchmarks.Keccak64Bytes),
            ("scalar, 100 bytes", 1, benchmarks.Keccak100Bytes),
            ("Keccak256Batch, 8 × 64 bytes", 8, benchmarks.Batch8x64Bytes),
            ("Keccak256Batch, 8 × 100 bytes", 8, benchmarks.Batch8x100Bytes),
            ("Keccak256Batch.HashEach, 8 × 64 bytes", 8, benchmarks.HashEach8x64Bytes),
        ];
        output.WriteLine(
            $"Vector512 accelerated: {Vector512.IsHardwareAccelerated}, Vector256 accelerated: {Vector256.IsHardwareAccelerated}, AVX-512F: {Avx512F.IsSupported}");
        foreach (var (_, _, operation) in operations)
        {
            CpuTimer.Measure(Calls / 4, operation);
        }

        for (var round = 1; round <= Rounds; round++)
        {
            foreach (var (name, messages, operation) in operations)
            {
                var (cpu, _) = CpuTimer.Measure(Calls / messages, operation);
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"round {round}: {name}: {cpu.TotalNanoseconds / (Calls / messages * messages):F0} ns cpu per message"));
            }
        }
    }
}
