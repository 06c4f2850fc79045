namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// The head/tail encoding shared by tuples, fixed arrays and the elements of dynamic arrays: static values
/// in place, dynamic values as an offset (relative to the start of the sequence) to their tail.
/// </summary>
internal static class AbiSequence
{
    public static int EncodedSize(in AbiTypeSequence types, IReadOnlyList<object> values)
    {
        var size = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var type = types[i];
            size += type.IsDynamic ? 32 + type.EncodedSize(values[i]) : type.EncodedSize(values[i]);
        }

        return size;
    }

    public static int HeadSize(in AbiTypeSequence types, int count)
    {
        var size = 0;
        for (var i = 0; i < count; i++)
        {
            size += types[i].HeadSize;
        }

        return size;
    }

    public static int Encode(in AbiTypeSequence types, IReadOnlyList<object> values, Span<byte> destination)
    {
        var head = 0;
        var tail = HeadSize(types, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var type = types[i];
            if (type.IsDynamic)
            {
                AbiIntegers.WriteUInt64((ulong)tail, destination[head..]);
                tail += type.Encode(values[i], destination[tail..]);
                head += 32;
            }
            else
            {
                head += type.Encode(values[i], destination[head..]);
            }
        }

        return tail;
    }

    public static object[] Decode(ref AbiReader reader, int frameStart, in AbiTypeSequence types, int count)
    {
        var values = new object[count];
        var head = frameStart;
        for (var i = 0; i < count; i++)
        {
            var type = types[i];
            values[i] = type.IsDynamic
                ? type.Decode(ref reader, reader.ReadOffset(head, frameStart))
                : type.Decode(ref reader, head);
            head += type.HeadSize;
        }

        return values;
    }

    public static IReadOnlyList<object> AsList(AbiType type, object value) =>
        value as IReadOnlyList<object> ?? throw new AbiException(
            $"a {type.CanonicalName} value must be an IReadOnlyList<object> (object[]), got {value?.GetType().Name ?? "null"}");
}

/// <summary>The types of a sequence: either one element type repeated, or a tuple's component types.</summary>
internal readonly struct AbiTypeSequence
{
    private readonly AbiType? _element;
    private readonly IReadOnlyList<AbiType>? _components;

    private AbiTypeSequence(AbiType? element, IReadOnlyList<AbiType>? components)
    {
        _element = element;
        _components = components;
    }

    public static AbiTypeSequence Repeat(AbiType element) => new(element, null);

    public static AbiTypeSequence Of(IReadOnlyList<AbiType> components) => new(null, components);

    public AbiType this[int index] => _element ?? _components![index];
}
