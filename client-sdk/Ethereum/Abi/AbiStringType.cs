using System.Text;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>string</c>: dynamic UTF-8 text, value <see cref="string"/>; decoding rejects invalid UTF-8.</summary>
public sealed class AbiStringType : AbiType
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The one instance.</summary>
    public static AbiStringType Instance { get; } = new();

    private AbiStringType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "string";

    /// <inheritdoc />
    public override bool IsDynamic => true;

    internal override int EncodedSize(object value) => 32 + PaddedLength(StrictUtf8.GetByteCount(AsString(value)));

    internal override int Encode(object value, Span<byte> destination)
    {
        var text = AsString(value);
        var length = StrictUtf8.GetBytes(text, destination[32..]);
        AbiIntegers.WriteUInt64((ulong)length, destination);
        var total = 32 + PaddedLength(length);
        destination[(32 + length)..total].Clear();
        return total;
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var bytes = AbiBytesType.ReadLengthPrefixed(ref reader, offset, CanonicalName);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new AbiException("string is not valid UTF-8", offset + 32);
        }
    }

    private string AsString(object value) => value as string ?? throw WrongValue(this, value, "a string");
}
