namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>T[]</c>: a length word followed by the elements encoded like a tuple.</summary>
public sealed class AbiDynamicArrayType : AbiType
{
    /// <summary>Creates <c>{element}[]</c>.</summary>
    public AbiDynamicArrayType(AbiType element)
    {
        Element = element ?? throw new ArgumentNullException(nameof(element));
        CanonicalName = element.CanonicalName + "[]";
    }

    /// <summary>The element type.</summary>
    public AbiType Element { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic => true;

    internal override int EncodedSize(object value) =>
        32 + AbiSequence.EncodedSize(AbiTypeSequence.Repeat(Element), AbiSequence.AsList(this, value));

    internal override int Encode(object value, Span<byte> destination)
    {
        var list = AbiSequence.AsList(this, value);
        AbiIntegers.WriteUInt64((ulong)list.Count, destination);
        return 32 + AbiSequence.Encode(AbiTypeSequence.Repeat(Element), list, destination[32..]);
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var count = reader.ReadSize(offset, $"{CanonicalName} length");
        var frameStart = offset + 32;
        // Every element takes at least its head (32 bytes when dynamic), so a length the data cannot hold is
        // rejected before anything is allocated for it.
        var minimum = (long)count * Math.Max(Element.HeadSize, 1);
        if (minimum > reader.Length - frameStart)
        {
            throw new AbiException($"{CanonicalName} length {count} needs more data than the {reader.Length - frameStart} bytes left", offset);
        }

        return AbiSequence.Decode(ref reader, frameStart, AbiTypeSequence.Repeat(Element), count);
    }
}
