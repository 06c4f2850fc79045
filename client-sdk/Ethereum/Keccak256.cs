using Org.BouncyCastle.Crypto.Digests;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>Ethereum's Keccak-256 (original Keccak padding, not SHA3-256).</summary>
public static class Keccak256
{
    /// <summary>Hash length in bytes.</summary>
    public const int Size = 32;

    /// <summary>Hashes <paramref name="data"/> into <paramref name="output"/>, which must hold 32 bytes.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length < Size)
        {
            throw new ArgumentException($"output needs {Size} bytes", nameof(output));
        }

        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data);
        digest.DoFinal(output);
    }

    /// <summary>Hashes <paramref name="data"/> and returns the 32-byte digest.</summary>
    public static Hash32 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> output = stackalloc byte[Size];
        Hash(data, output);
        return new Hash32(output);
    }
}
