namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>bytes</c>: dynamic byte string, value <c>byte[]</c>.</summary>
public sealed class AbiBytesType : AbiType
{
    /// <summary>The one instance.</summary>
    public static AbiBytesType Instance { get; } = new();

    private AbiBytesType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "bytes";

    /// <inheritdoc />
    public override bool IsDynamic => true;

    internal override int EncodedSize(object value) => 32 + PaddedLength(AsBytes(value).Length);

    internal override int Encode(object value, Span<byte> destination) => WriteLengthPrefixed(AsBytes(value), destination);

    internal override object Decode(ref AbiReader reader, int offset) => ReadLengthPrefixed(ref reader, offset, CanonicalName).ToArray();

    /// <summary>Writes a length word, the bytes and zero padding; returns bytes written.</summary>
    internal static int WriteLengthPrefixed(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        AbiIntegers.WriteUInt64((ulong)bytes.Length, destination);
        bytes.CopyTo(destination[32..]);
        var total = 32 + PaddedLength(bytes.Length);
        destination[(32 + bytes.Length)..total].Clear();
        return total;
    }

    /// <summary>Reads a length word and that many bytes, checking that the padding is zero.</summary>
    internal static ReadOnlySpan<byte> ReadLengthPrefixed(ref AbiReader reader, int offset, string what)
    {
        var length = reader.ReadSize(offset, $"{what} length");
        var start = offset + 32;
        var bytes = reader.Slice(start, length);
        reader.RequireZeroPadding(start + length, start + PaddedLength(length), what);
        return bytes;
    }

    private ReadOnlySpan<byte> AsBytes(object value) => value as byte[] ?? throw WrongValue(this, value, "a byte[]");
}
