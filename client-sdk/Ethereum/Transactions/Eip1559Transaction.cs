using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>An EIP-1559 (type 2) transaction: 0x02 || rlp([chainId, nonce, tip, maxFee, gas, to, value, data, accessList, …]).</summary>
public sealed record Eip1559Transaction : UnsignedTransaction
{
    /// <summary>The type byte.</summary>
    public const byte TypeByte = 0x02;

    /// <summary>Chain id (replay protection).</summary>
    public required ulong ChainId { get; init; }

    /// <summary>The sender's nonce.</summary>
    public required ulong Nonce { get; init; }

    /// <summary>Priority fee per gas (tip), in wei.</summary>
    public required BigInteger MaxPriorityFeePerGas { get; init; }

    /// <summary>Maximum total fee per gas, in wei.</summary>
    public required BigInteger MaxFeePerGas { get; init; }

    /// <summary>Gas limit.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>Recipient; null creates a contract.</summary>
    public Address? To { get; init; }

    /// <summary>Value in wei.</summary>
    public BigInteger Value { get; init; }

    /// <summary>Call data or init code.</summary>
    public byte[] Data { get; init; } = [];

    /// <summary>EIP-2930 access list.</summary>
    public IReadOnlyList<AccessListEntry> AccessList { get; init; } = [];

    /// <inheritdoc />
    public override Hash32 SigningHash() => Keccak256.Hash(Typed(RlpEncoder.EncodeList(Fields())));

    /// <inheritdoc />
    public override byte[] EncodeSigned(EthereumSignature signature) => Typed(RlpEncoder.EncodeList(
        [
            .. Fields(),
            RlpEncoder.EncodeUInt((ulong)signature.RecoveryId),
            TransactionFields.EncodeScalar(signature.R),
            TransactionFields.EncodeScalar(signature.S),
        ]));

    internal static (Eip1559Transaction Transaction, EthereumSignature Signature) Decode(ReadOnlySpan<byte> payload)
    {
        var outer = new RlpReader(payload);
        var reader = outer.ReadList();
        outer.EnsureEnd("the type-2 transaction");
        var transaction = new Eip1559Transaction
        {
            ChainId = reader.ReadUInt64(),
            Nonce = reader.ReadUInt64(),
            MaxPriorityFeePerGas = reader.ReadBigInteger(),
            MaxFeePerGas = reader.ReadBigInteger(),
            GasLimit = reader.ReadUInt64(),
            To = TransactionFields.ReadTo(ref reader),
            Value = reader.ReadBigInteger(),
            Data = reader.ReadBytes().ToArray(),
            AccessList = TransactionFields.ReadAccessList(ref reader),
        };
        var yParityOffset = reader.Offset;
        var yParity = reader.ReadUInt64();
        if (yParity > 1)
        {
            throw new RlpException($"yParity is {yParity}; expected 0 or 1", yParityOffset);
        }

        var signature = TransactionFields.ReadSignature(ref reader, (int)yParity);
        reader.EnsureEnd("the type-2 transaction's fields");
        return (transaction, signature);
    }

    private byte[][] Fields() =>
    [
        RlpEncoder.EncodeUInt(ChainId),
        RlpEncoder.EncodeUInt(Nonce),
        RlpEncoder.EncodeUInt(MaxPriorityFeePerGas),
        RlpEncoder.EncodeUInt(MaxFeePerGas),
        RlpEncoder.EncodeUInt(GasLimit),
        TransactionFields.EncodeTo(To),
        RlpEncoder.EncodeUInt(Value),
        RlpEncoder.EncodeBytes(Data),
        TransactionFields.EncodeAccessList(AccessList),
    ];

    private static byte[] Typed(byte[] rlp)
    {
        var output = new byte[rlp.Length + 1];
        output[0] = TypeByte;
        rlp.CopyTo(output, 1);
        return output;
    }
}
