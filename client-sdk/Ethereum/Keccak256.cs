using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>Ethereum's Keccak-256 (original Keccak padding 0x01, not SHA3-256's 0x06). Allocation-free.</summary>
public static class Keccak256
{
    /// <summary>Hash length in bytes.</summary>
    public const int Size = 32;

    /// <summary>Sponge rate in bytes: 1600 − 2·256 bits.</summary>
    internal const int Rate = 136;

    /// <summary>Hashes <paramref name="data"/> into <paramref name="output"/>, which must hold 32 bytes.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length < Size)
        {
            throw new ArgumentException($"output needs {Size} bytes", nameof(output));
        }

        Span<ulong> state = stackalloc ulong[KeccakF1600.Lanes];
        state.Clear();
        while (data.Length >= Rate)
        {
            AbsorbBlock(state, data[..Rate]);
            data = data[Rate..];
        }

        Span<byte> last = stackalloc byte[Rate];
        last.Clear();
        data.CopyTo(last);
        Finish(state, last, data.Length, output);
    }

    /// <summary>Hashes <paramref name="data"/> and returns the 32-byte digest.</summary>
    public static Hash32 Hash(ReadOnlySpan<byte> data)
    {
        Span<byte> output = stackalloc byte[Size];
        Hash(data, output);
        return new Hash32(output);
    }

    /// <summary>XORs one full 136-byte block into the state and permutes.</summary>
    internal static void AbsorbBlock(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < Rate / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
        }

        KeccakF1600.Permute(state);
    }

    /// <summary>Keccak's original padding (pad10*1 with 0x01, not SHA-3's 0x06) of a final block holding <paramref name="length"/> message bytes, the rest zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void PadFinalBlock(Span<byte> block, int length)
    {
        block[length] ^= 0x01;
        block[Rate - 1] ^= 0x80;
    }

    /// <summary>Pads the final partial block (its first <paramref name="length"/> bytes used, rest zero), absorbs it and squeezes 32 bytes.</summary>
    internal static void Finish(Span<ulong> state, Span<byte> lastBlock, int length, Span<byte> output)
    {
        PadFinalBlock(lastBlock, length);
        AbsorbBlock(state, lastBlock);
        for (var i = 0; i < Size / 8; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(output[(8 * i)..], state[i]);
        }
    }
}
