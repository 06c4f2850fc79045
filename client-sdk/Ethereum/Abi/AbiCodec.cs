namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>Encodes and decodes lists of values as the ABI encodes function arguments: a tuple of the given types.</summary>
public static class AbiCodec
{
    /// <summary>Encodes <paramref name="values"/> (one per type) as <c>abi.encode</c> does.</summary>
    public static byte[] Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        CheckCount(types, values);
        var sequence = AbiTypeSequence.Of(types);
        var output = new byte[AbiSequence.EncodedSize(sequence, values)];
        AbiSequence.Encode(sequence, values, output);
        return output;
    }

    /// <summary>Bytes <see cref="Encode(IReadOnlyList{AbiType}, IReadOnlyList{object}, Span{byte})"/> will write.</summary>
    public static int EncodedSize(IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        CheckCount(types, values);
        return AbiSequence.EncodedSize(AbiTypeSequence.Of(types), values);
    }

    /// <summary>Encodes into <paramref name="destination"/>, which must hold <see cref="EncodedSize"/> bytes; returns bytes written.</summary>
    public static int Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object> values, Span<byte> destination)
    {
        var size = EncodedSize(types, values);
        if (destination.Length < size)
        {
            throw new ArgumentException($"destination holds {destination.Length} bytes; the encoding needs {size}", nameof(destination));
        }

        return AbiSequence.Encode(AbiTypeSequence.Of(types), values, destination);
    }

    /// <summary>
    /// Decodes <paramref name="data"/> as a tuple of <paramref name="types"/>. Strict: offsets and lengths must
    /// lie inside the data, padding must be zero, values must be in range; unless
    /// <paramref name="allowTrailingBytes"/>, bytes after the last one any value uses are rejected.
    /// </summary>
    public static object[] Decode(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data, bool allowTrailingBytes = false)
    {
        ArgumentNullException.ThrowIfNull(types);
        var reader = new AbiReader(data);
        var values = AbiSequence.Decode(ref reader, 0, AbiTypeSequence.Of(types), types.Count);
        if (!allowTrailingBytes && reader.End < data.Length)
        {
            throw new AbiException($"{data.Length - reader.End} trailing bytes after the encoded values", reader.End);
        }

        return values;
    }

    /// <summary>Encodes one value of one type.</summary>
    public static byte[] EncodeValue(AbiType type, object value) => Encode([type], [value]);

    /// <summary>Decodes one value of one type (strict, no trailing bytes).</summary>
    public static object DecodeValue(AbiType type, ReadOnlySpan<byte> data) => Decode([type], data)[0];

    private static void CheckCount(IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(values);
        if (types.Count != values.Count)
        {
            throw new AbiException($"{types.Count} types but {values.Count} values");
        }
    }
}
