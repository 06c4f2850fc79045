using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Digests;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Bench;

[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private const int Group = 8;

    private readonly byte[] _small = new byte[64];
    private readonly byte[] _leafSized = new byte[100];
    private readonly byte[] _large = new byte[1024];
    private readonly byte[] _output = new byte[32];
    private readonly byte[] _messages64 = Messages(64);
    private readonly byte[] _messages100 = Messages(100);
    private readonly byte[] _digests = new byte[Group * Keccak256.Size];
    private readonly Keccak256Batch _batch = new();

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

    // About a leaf preimage: salt, pointer hash and a short canonical value.
    [Benchmark]
    public void Keccak100Bytes() => Keccak256.Hash(_leafSized, _output);

    [Benchmark]
    public void Keccak1KiB() => Keccak256.Hash(_large, _output);

    // Per message: eight queued messages, hashed together when the eighth is added (on this machine's widest path).
    [Benchmark(OperationsPerInvoke = Group)]
    public void Batch8x64Bytes() => AddGroup(_messages64, 64);

    [Benchmark(OperationsPerInvoke = Group)]
    public void Batch8x100Bytes() => AddGroup(_messages100, 100);

    // Per message: eight messages laid end to end, as the Merkle tree hashes a level.
    [Benchmark(OperationsPerInvoke = Group)]
    public void HashEach8x64Bytes() => Keccak256Batch.HashEach(_messages64, 64, _digests);

    private void AddGroup(byte[] messages, int length)
    {
        for (var i = 0; i < Group; i++)
        {
            _batch.Add(messages.AsSpan(i * length, length), _digests.AsMemory(i * Keccak256.Size, Keccak256.Size));
        }

        _batch.Flush();
    }

    private static byte[] Messages(int length)
    {
        var messages = new byte[Group * length];
        new Random(1337).NextBytes(messages);
        return messages;
    }
}
