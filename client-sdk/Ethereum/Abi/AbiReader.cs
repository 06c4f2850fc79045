namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// Reads 32-byte words from ABI data with bounds checks, and remembers the furthest byte any value used, so a
/// complete decode can reject trailing bytes.
/// </summary>
internal ref struct AbiReader
{
    private readonly ReadOnlySpan<byte> _data;

    public AbiReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        End = 0;
    }

    /// <summary>Total length of the data.</summary>
    public readonly int Length => _data.Length;

    /// <summary>One past the furthest byte read so far.</summary>
    public int End { get; private set; }

    /// <summary>The 32-byte word at <paramref name="offset"/>.</summary>
    public ReadOnlySpan<byte> Word(int offset) => Slice(offset, 32);

    /// <summary><paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public ReadOnlySpan<byte> Slice(int offset, int length)
    {
        if (offset < 0 || length < 0 || offset > _data.Length - length)
        {
            throw new AbiException($"needs {length} bytes but the data ends at {_data.Length}", offset);
        }

        End = Math.Max(End, offset + length);
        return _data.Slice(offset, length);
    }

    /// <summary>Reads a word that must be a small non-negative integer (an offset or a length).</summary>
    public int ReadSize(int offset, string what)
    {
        var word = Word(offset);
        for (var i = 0; i < 28; i++)
        {
            if (word[i] != 0)
            {
                throw new AbiException($"{what} does not fit in the data (its word has high bytes set)", offset);
            }
        }

        var value = (uint)(word[28] << 24 | word[29] << 16 | word[30] << 8 | word[31]);
        if (value > (uint)_data.Length)
        {
            throw new AbiException($"{what} {value} exceeds the data length {_data.Length}", offset);
        }

        return (int)value;
    }

    /// <summary>Reads an offset relative to <paramref name="frameStart"/> and returns the absolute position it points at.</summary>
    public int ReadOffset(int offset, int frameStart)
    {
        var relative = ReadSize(offset, "offset");
        var target = frameStart + relative;
        // Every dynamic value starts with at least one word (a length or the head of a dynamic tuple).
        if (target > _data.Length - 32)
        {
            throw new AbiException($"offset {relative} points outside the data (length {_data.Length})", offset);
        }

        return target;
    }

    /// <summary>Checks that the bytes between <paramref name="from"/> and <paramref name="to"/> are zero.</summary>
    public void RequireZeroPadding(int from, int to, string what)
    {
        var padding = Slice(from, to - from);
        var dirty = padding.IndexOfAnyExcept((byte)0);
        if (dirty >= 0)
        {
            throw new AbiException($"{what} has non-zero padding", from + dirty);
        }
    }
}
