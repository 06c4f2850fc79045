using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Bench;

[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private readonly byte[] _small = new byte[64];
    private readonly byte[] _large = new byte[1024];
    private readonly byte[] _output = new byte[32];

    // The previous implementation, kept as the reference point for the own Keccak-f[1600].
    [Benchmark(Baseline = true)]
    public void BouncyCastleKeccak64Bytes()
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(_small);
        digest.DoFinal(_output);
    }

    [Benchmark]
    public void Keccak64Bytes() => Keccak256.Hash(_small, _output);

    [Benchmark]
    public void Keccak1KiB() => Keccak256.Hash(_large, _output);
}
