using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Sdk.Tests.Documents;

/// <summary>Deterministic salts so property tests are reproducible; production uses the CSPRNG.</summary>
internal sealed class SeededSaltSource(int seed) : ISaltSource
{
    private readonly Random _random = new(seed);

    public void Fill(Span<byte> destination) => _random.NextBytes(destination);
}
