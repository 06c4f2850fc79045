using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>Conversions and 32-byte word writers shared by the integer types.</summary>
internal static class AbiIntegers
{
    public static BigInteger ToBigInteger(AbiType type, object value) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong ul => ul,
        short s => s,
        ushort us => us,
        byte by => by,
        sbyte sb => sb,
        _ => throw new AbiException($"a {type.CanonicalName} value must be a BigInteger or an integral number, got {value?.GetType().Name ?? "null"}"),
    };

    public static void WriteUnsigned(BigInteger value, Span<byte> word)
    {
        var length = value.GetByteCount(isUnsigned: true);
        word[..(32 - length)].Clear();
        value.TryWriteBytes(word[(32 - length)..], out _, isUnsigned: true, isBigEndian: true);
    }

    public static void WriteSigned(BigInteger value, Span<byte> word)
    {
        var length = value.GetByteCount(isUnsigned: false);
        word[..(32 - length)].Fill(value.Sign < 0 ? (byte)0xFF : (byte)0);
        value.TryWriteBytes(word[(32 - length)..], out _, isUnsigned: false, isBigEndian: true);
    }

    public static void WriteUInt64(ulong value, Span<byte> word)
    {
        word[..24].Clear();
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(word[24..32], value);
    }
}
