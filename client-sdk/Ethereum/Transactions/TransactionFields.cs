using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>RLP encoding and decoding of the fields transactions share.</summary>
internal static class TransactionFields
{
    public static byte[] EncodeTo(Address? to) => to is { } address ? RlpEncoder.EncodeBytes(address.Bytes) : RlpEncoder.EncodeBytes([]);

    public static Address? ReadTo(ref RlpReader reader)
    {
        var offset = reader.Offset;
        var bytes = reader.ReadBytes();
        return bytes.Length switch
        {
            0 => null,
            Address.Size => new Address(bytes),
            _ => throw new RlpException($"'to' is {bytes.Length} bytes; expected 20 or empty (contract creation)", offset),
        };
    }

    /// <summary>r or s as a canonical RLP integer (leading zeros stripped).</summary>
    public static byte[] EncodeScalar(ReadOnlySpan<byte> bigEndian32)
    {
        var start = 0;
        while (start < bigEndian32.Length && bigEndian32[start] == 0)
        {
            start++;
        }

        return RlpEncoder.EncodeBytes(bigEndian32[start..]);
    }

    public static EthereumSignature ReadSignature(ref RlpReader reader, int recoveryId)
    {
        var r = ToScalar(reader.ReadBigInteger());
        var s = ToScalar(reader.ReadBigInteger());
        return new EthereumSignature(r, s, recoveryId);
    }

    public static byte[] EncodeAccessList(IReadOnlyList<AccessListEntry> accessList) =>
        RlpEncoder.EncodeList(accessList.Select(entry => RlpEncoder.EncodeList(
            RlpEncoder.EncodeBytes(entry.Address.Bytes),
            RlpEncoder.EncodeList(entry.StorageKeys.Select(key => RlpEncoder.EncodeBytes(key.Bytes)).ToArray()))).ToArray());

    public static IReadOnlyList<AccessListEntry> ReadAccessList(ref RlpReader reader)
    {
        var list = reader.ReadList();
        var entries = new List<AccessListEntry>();
        while (list.HasMore)
        {
            var entry = list.ReadList();
            var address = new Address(entry.ReadBytes(Address.Size));
            var keysReader = entry.ReadList();
            var keys = new List<Hash32>();
            while (keysReader.HasMore)
            {
                keys.Add(new Hash32(keysReader.ReadBytes(Hash32.Size)));
            }

            entry.EnsureEnd("an access-list entry");
            entries.Add(new AccessListEntry(address, keys));
        }

        return entries;
    }

    private static byte[] ToScalar(BigInteger value)
    {
        var scalar = new byte[32];
        value.TryWriteBytes(scalar.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return scalar;
    }
}
