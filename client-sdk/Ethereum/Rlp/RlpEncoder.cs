using System.Buffers.Binary;
using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Rlp;

/// <summary>Canonical RLP encoding of byte strings, unsigned integers and lists.</summary>
public static class RlpEncoder
{
    private const byte StringOffset = 0x80;
    private const byte ListOffset = 0xc0;
    private const int ShortLimit = 55;

    /// <summary>The encoded length of a byte string.</summary>
    public static int BytesLength(ReadOnlySpan<byte> value) =>
        value.Length == 1 && value[0] < StringOffset ? 1 : HeaderLength(value.Length) + value.Length;

    /// <summary>Writes a byte string into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int WriteBytes(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        if (value.Length == 1 && value[0] < StringOffset)
        {
            destination[0] = value[0];
            return 1;
        }

        var header = WriteHeader(value.Length, StringOffset, destination);
        value.CopyTo(destination[header..]);
        return header + value.Length;
    }

    /// <summary>Encodes a byte string.</summary>
    public static byte[] EncodeBytes(ReadOnlySpan<byte> value)
    {
        var output = new byte[BytesLength(value)];
        WriteBytes(value, output);
        return output;
    }

    /// <summary>Encodes an unsigned integer as its minimal big-endian bytes (zero is the empty string).</summary>
    public static byte[] EncodeUInt(ulong value)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(buffer, value);
        return EncodeBytes(buffer[(BitOperations.LeadingZeroCount(value) / 8)..]);
    }

    /// <summary>Encodes a non-negative integer as its minimal big-endian bytes.</summary>
    public static byte[] EncodeUInt(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "RLP encodes only non-negative integers");
        }

        return EncodeBytes(value.IsZero ? [] : value.ToByteArray(isUnsigned: true, isBigEndian: true));
    }

    /// <summary>Encodes a list from its already-encoded items.</summary>
    public static byte[] EncodeList(params ReadOnlySpan<byte[]> encodedItems)
    {
        var payload = 0;
        foreach (var item in encodedItems)
        {
            payload += item.Length;
        }

        var output = new byte[HeaderLength(payload) + payload];
        var position = WriteHeader(payload, ListOffset, output);
        foreach (var item in encodedItems)
        {
            item.CopyTo(output, position);
            position += item.Length;
        }

        return output;
    }

    /// <summary>The length of a string or list header for a payload of <paramref name="payloadLength"/> bytes.</summary>
    public static int HeaderLength(int payloadLength) => payloadLength <= ShortLimit ? 1 : 1 + LengthOfLength(payloadLength);

    /// <summary>Writes a list header for a payload of the given length; returns the bytes written.</summary>
    public static int WriteListHeader(int payloadLength, Span<byte> destination) => WriteHeader(payloadLength, ListOffset, destination);

    private static int WriteHeader(int payloadLength, byte offset, Span<byte> destination)
    {
        if (payloadLength <= ShortLimit)
        {
            destination[0] = (byte)(offset + payloadLength);
            return 1;
        }

        var lengthOfLength = LengthOfLength(payloadLength);
        destination[0] = (byte)(offset + ShortLimit + lengthOfLength);
        for (var i = lengthOfLength; i > 0; i--)
        {
            destination[i] = (byte)payloadLength;
            payloadLength >>= 8;
        }

        return 1 + lengthOfLength;
    }

    private static int LengthOfLength(int length) => 4 - (BitOperations.LeadingZeroCount((uint)length) / 8);
}
