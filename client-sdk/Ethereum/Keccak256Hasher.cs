namespace ProvenanceLedger.Sdk.Ethereum;

/// <summary>Incremental Keccak-256: append data in pieces, then take the hash (the hasher is reset for reuse).</summary>
public sealed class Keccak256Hasher
{
    private readonly ulong[] _state = new ulong[KeccakF1600.Lanes];
    private readonly byte[] _buffer = new byte[Keccak256.Rate];
    private int _buffered;

    /// <summary>Absorbs more data.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (_buffered > 0)
        {
            var take = Math.Min(Keccak256.Rate - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered < Keccak256.Rate)
            {
                return;
            }

            Keccak256.AbsorbBlock(_state, _buffer);
            _buffered = 0;
        }

        while (data.Length >= Keccak256.Rate)
        {
            Keccak256.AbsorbBlock(_state, data[..Keccak256.Rate]);
            data = data[Keccak256.Rate..];
        }

        data.CopyTo(_buffer);
        _buffered = data.Length;
    }

    /// <summary>Writes the hash of everything appended into <paramref name="output"/> (32 bytes) and resets.</summary>
    public void GetHashAndReset(Span<byte> output)
    {
        if (output.Length < Keccak256.Size)
        {
            throw new ArgumentException($"output needs {Keccak256.Size} bytes", nameof(output));
        }

        _buffer.AsSpan(_buffered).Clear();
        Keccak256.Finish(_state, _buffer, _buffered, output);
        Array.Clear(_state);
        Array.Clear(_buffer);
        _buffered = 0;
    }

    /// <summary>The hash of everything appended; resets the hasher.</summary>
    public Hash32 GetHashAndReset()
    {
        Span<byte> output = stackalloc byte[Keccak256.Size];
        GetHashAndReset(output);
        return new Hash32(output);
    }
}
