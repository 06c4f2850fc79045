using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Rlp;

/// <summary>
/// A strict, allocation-free RLP reader over a span. It rejects every non-canonical form: a single byte below
/// 0x80 wrapped in a string header, long-form lengths under 56 or with leading zeros, lengths past the end,
/// integers with leading zeros, and (through <see cref="EnsureEnd"/>) trailing bytes. Offsets in errors are
/// relative to the outermost input.
/// </summary>
public ref struct RlpReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _baseOffset;
    private int _position;

    /// <summary>Reads <paramref name="data"/> from its start.</summary>
    public RlpReader(ReadOnlySpan<byte> data)
        : this(data, 0)
    {
    }

    private RlpReader(ReadOnlySpan<byte> data, int baseOffset)
    {
        _data = data;
        _baseOffset = baseOffset;
        _position = 0;
    }

    /// <summary>The absolute offset of the next item.</summary>
    public readonly int Offset => _baseOffset + _position;

    /// <summary>True while items remain.</summary>
    public readonly bool HasMore => _position < _data.Length;

    /// <summary>True if the next item is a list.</summary>
    public readonly bool NextIsList
    {
        get
        {
            if (!HasMore)
            {
                throw new RlpException("expected an item but the input ended", Offset);
            }

            return _data[_position] >= 0xc0;
        }
    }

    /// <summary>Decodes a whole input as exactly one item; trailing bytes are rejected.</summary>
    public static RlpItem Decode(ReadOnlySpan<byte> data)
    {
        var reader = new RlpReader(data);
        var item = reader.ReadItem();
        reader.EnsureEnd("the top-level item");
        return item;
    }

    /// <summary>Reads a byte string item and returns its payload.</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var start = Offset;
        var (isList, payloadStart, length) = ReadHeader();
        if (isList)
        {
            throw new RlpException("expected a byte string but found a list", start);
        }

        return _data.Slice(payloadStart, length);
    }

    /// <summary>Reads a byte string of exactly <paramref name="length"/> bytes (an address, a hash).</summary>
    public ReadOnlySpan<byte> ReadBytes(int length)
    {
        var start = Offset;
        var bytes = ReadBytes();
        if (bytes.Length != length)
        {
            throw new RlpException($"expected {length} bytes but the string has {bytes.Length}", start);
        }

        return bytes;
    }

    /// <summary>Reads a canonical unsigned integer of at most 64 bits.</summary>
    public ulong ReadUInt64()
    {
        var start = Offset;
        var bytes = ReadIntegerBytes(start);
        if (bytes.Length > 8)
        {
            throw new RlpException($"integer of {bytes.Length} bytes does not fit in 64 bits", start);
        }

        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    /// <summary>Reads a canonical unsigned integer of at most <paramref name="maxBytes"/> bytes.</summary>
    public BigInteger ReadBigInteger(int maxBytes = 32)
    {
        var start = Offset;
        var bytes = ReadIntegerBytes(start);
        if (bytes.Length > maxBytes)
        {
            throw new RlpException($"integer of {bytes.Length} bytes is longer than {maxBytes}", start);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>Enters a list: returns a reader over its items and moves this reader past it.</summary>
    public RlpReader ReadList()
    {
        var start = Offset;
        var (isList, payloadStart, length) = ReadHeader();
        if (!isList)
        {
            throw new RlpException("expected a list but found a byte string", start);
        }

        return new RlpReader(_data.Slice(payloadStart, length), _baseOffset + payloadStart);
    }

    /// <summary>Reads the next item, string or list, as a tree.</summary>
    public RlpItem ReadItem()
    {
        if (!NextIsList)
        {
            return RlpItem.String(ReadBytes());
        }

        var list = ReadList();
        var items = new List<RlpItem>();
        while (list.HasMore)
        {
            items.Add(list.ReadItem());
        }

        return RlpItem.List(items);
    }

    /// <summary>Throws if bytes remain after the items read so far.</summary>
    public readonly void EnsureEnd(string what)
    {
        if (HasMore)
        {
            throw new RlpException($"{_data.Length - _position} trailing bytes after {what}", Offset);
        }
    }

    private ReadOnlySpan<byte> ReadIntegerBytes(int start)
    {
        var bytes = ReadBytes();
        if (bytes.Length > 0 && bytes[0] == 0)
        {
            throw new RlpException("integer has a leading zero byte (not canonical)", start);
        }

        return bytes;
    }

    private (bool IsList, int PayloadStart, int Length) ReadHeader()
    {
        var start = _position;
        if (start >= _data.Length)
        {
            throw new RlpException("expected an item but the input ended", Offset);
        }

        var prefix = _data[start];
        bool isList;
        int headerLength;
        long length;
        if (prefix < 0x80)
        {
            _position = start + 1;
            return (false, start, 1);
        }
        else if (prefix <= 0xb7 || (prefix >= 0xc0 && prefix <= 0xf7))
        {
            isList = prefix >= 0xc0;
            headerLength = 1;
            length = prefix - (isList ? 0xc0 : 0x80);
        }
        else
        {
            isList = prefix >= 0xf8;
            var lengthOfLength = prefix - (isList ? 0xf7 : 0xb7);
            headerLength = 1 + lengthOfLength;
            if (start + headerLength > _data.Length)
            {
                throw new RlpException($"length of {lengthOfLength} bytes runs past the end of the input", Offset);
            }

            if (_data[start + 1] == 0)
            {
                throw new RlpException("long-form length has a leading zero byte (not canonical)", Offset);
            }

            if (lengthOfLength > 4)
            {
                throw new RlpException($"length of {lengthOfLength} bytes is too large", Offset);
            }

            length = 0;
            for (var i = 1; i <= lengthOfLength; i++)
            {
                length = (length << 8) | _data[start + i];
            }

            if (length <= 55)
            {
                throw new RlpException($"long-form length {length} is below 56; the short form is canonical", Offset);
            }
        }

        if (start + headerLength + length > _data.Length)
        {
            throw new RlpException($"item of {length} bytes runs past the end of the input ({_data.Length - start - headerLength} left)", Offset);
        }

        if (!isList && length == 1 && _data[start + 1] < 0x80)
        {
            throw new RlpException($"single byte 0x{_data[start + 1]:x2} below 0x80 must encode as itself, not as a one-byte string", Offset);
        }

        _position = start + headerLength + (int)length;
        return (isList, start + headerLength, (int)length);
    }
}
