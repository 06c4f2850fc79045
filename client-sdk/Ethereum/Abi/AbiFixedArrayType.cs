namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>T[k]</c>: exactly k elements, encoded like a tuple of k values of type T.</summary>
public sealed class AbiFixedArrayType : AbiType
{
    /// <summary>Creates <c>{element}[{length}]</c>.</summary>
    public AbiFixedArrayType(AbiType element, int length)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (length < 0)
        {
            throw new AbiException($"array length {length} is negative");
        }

        Element = element;
        Length = length;
        CanonicalName = $"{element.CanonicalName}[{length.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
        IsDynamic = length > 0 && element.IsDynamic;
    }

    /// <summary>The element type.</summary>
    public AbiType Element { get; }

    /// <summary>Number of elements.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic { get; }

    /// <inheritdoc />
    public override int HeadSize => IsDynamic ? 32 : Length * Element.HeadSize;

    internal override int EncodedSize(object value) => AbiSequence.EncodedSize(AbiTypeSequence.Repeat(Element), Checked(value));

    internal override int Encode(object value, Span<byte> destination) =>
        AbiSequence.Encode(AbiTypeSequence.Repeat(Element), Checked(value), destination);

    internal override object Decode(ref AbiReader reader, int offset) =>
        AbiSequence.Decode(ref reader, offset, AbiTypeSequence.Repeat(Element), Length);

    private IReadOnlyList<object> Checked(object value)
    {
        var list = AbiSequence.AsList(this, value);
        if (list.Count != Length)
        {
            throw new AbiException($"a {CanonicalName} value must have {Length} elements, got {list.Count}");
        }

        return list;
    }
}
