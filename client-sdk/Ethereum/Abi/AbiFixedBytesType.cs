namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>bytesN</c> (1..32): N bytes left-aligned in a word, value <c>byte[]</c> of exactly N bytes.</summary>
public sealed class AbiFixedBytesType : AbiType
{
    /// <summary>Creates <c>bytes{size}</c>.</summary>
    public AbiFixedBytesType(int size)
    {
        if (size is < 1 or > 32)
        {
            throw new AbiException($"bytes{size} is not a valid type: the size must be from 1 to 32");
        }

        Size = size;
        CanonicalName = "bytes" + size.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Number of bytes.</summary>
    public int Size { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic => false;

    internal override int EncodedSize(object value) => 32;

    internal override int Encode(object value, Span<byte> destination)
    {
        ReadOnlySpan<byte> bytes = value switch
        {
            byte[] array => array,
            Hash32 hash => hash.Bytes,
            _ => throw WrongValue(this, value, $"byte[{Size}]"),
        };
        if (bytes.Length != Size)
        {
            throw WrongValue(this, value, $"byte[{Size}]");
        }

        bytes.CopyTo(destination);
        destination[Size..32].Clear();
        return 32;
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var word = reader.Word(offset);
        reader.RequireZeroPadding(offset + Size, offset + 32, CanonicalName);
        return word[..Size].ToArray();
    }
}
