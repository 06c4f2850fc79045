using System.Text;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>
/// The in-place encoding Solidity hashes for an indexed event input that is not a value type (ABI spec,
/// "Encoding of Indexed Event Parameters"): raw content for a top-level string or bytes; for arrays and
/// structs the concatenation of their elements, each padded to 32 bytes, with no lengths or offsets.
/// </summary>
internal static class AbiPackedTopicEncoding
{
    public static byte[] Encode(AbiType type, object value)
    {
        using var buffer = new MemoryStream();
        Write(buffer, type, value, nested: false);
        return buffer.ToArray();
    }

    private static void Write(MemoryStream buffer, AbiType type, object value, bool nested)
    {
        switch (type)
        {
            case AbiBytesType or AbiStringType:
                var raw = type is AbiStringType ? Encoding.UTF8.GetBytes((string)value) : (byte[])value;
                buffer.Write(raw);
                if (nested)
                {
                    buffer.Write(new byte[AbiType.PaddedLength(raw.Length) - raw.Length]);
                }

                break;
            case AbiTupleType tuple:
                var fields = AbiSequence.AsList(type, value);
                for (var i = 0; i < tuple.Components.Count; i++)
                {
                    Write(buffer, tuple.Components[i], fields[i], nested: true);
                }

                break;
            case AbiFixedArrayType or AbiDynamicArrayType:
                var element = type is AbiFixedArrayType fixedArray ? fixedArray.Element : ((AbiDynamicArrayType)type).Element;
                foreach (var item in AbiSequence.AsList(type, value))
                {
                    Write(buffer, element, item, nested: true);
                }

                break;
            default:
                buffer.Write(AbiCodec.EncodeValue(type, value));
                break;
        }
    }
}
