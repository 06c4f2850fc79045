using System.Numerics;
using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>
/// A legacy transaction, rlp([nonce, gasPrice, gas, to, value, data, v, r, s]). With a chain id it is signed
/// per EIP-155 (v = recovery id + 35 + 2·chainId); without one, as before EIP-155 (v = 27 + recovery id).
/// </summary>
public sealed record LegacyTransaction : UnsignedTransaction
{
    /// <summary>The sender's nonce.</summary>
    public required ulong Nonce { get; init; }

    /// <summary>Gas price in wei.</summary>
    public required BigInteger GasPrice { get; init; }

    /// <summary>Gas limit.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>Recipient; null creates a contract.</summary>
    public Address? To { get; init; }

    /// <summary>Value in wei.</summary>
    public BigInteger Value { get; init; }

    /// <summary>Call data or init code.</summary>
    public byte[] Data { get; init; } = [];

    /// <summary>EIP-155 chain id; null signs without replay protection.</summary>
    public ulong? ChainId { get; init; }

    /// <inheritdoc />
    public override Hash32 SigningHash() => Keccak256.Hash(ChainId is { } chainId
        ? RlpEncoder.EncodeList([.. Fields(), RlpEncoder.EncodeUInt(chainId), RlpEncoder.EncodeUInt(0UL), RlpEncoder.EncodeUInt(0UL)])
        : RlpEncoder.EncodeList(Fields()));

    /// <inheritdoc />
    public override byte[] EncodeSigned(EthereumSignature signature)
    {
        var v = ChainId is { } chainId ? checked((chainId * 2) + 35 + signature.RecoveryId) : signature.V;
        return RlpEncoder.EncodeList(
            [
                .. Fields(),
                RlpEncoder.EncodeUInt(v),
                TransactionFields.EncodeScalar(signature.R),
                TransactionFields.EncodeScalar(signature.S),
            ]);
    }

    internal static (LegacyTransaction Transaction, EthereumSignature Signature) Decode(ReadOnlySpan<byte> raw)
    {
        var outer = new RlpReader(raw);
        var reader = outer.ReadList();
        outer.EnsureEnd("the legacy transaction");
        var nonce = reader.ReadUInt64();
        var gasPrice = reader.ReadBigInteger();
        var gasLimit = reader.ReadUInt64();
        var to = TransactionFields.ReadTo(ref reader);
        var value = reader.ReadBigInteger();
        var data = reader.ReadBytes().ToArray();
        var vOffset = reader.Offset;
        var v = reader.ReadUInt64();
        (ulong? chainId, int recoveryId) = v switch
        {
            27 or 28 => ((ulong?)null, (int)(v - 27)),
            >= 35 => ((v - 35) / 2, (int)((v - 35) % 2)),
            _ => throw new RlpException($"legacy v is {v}; expected 27, 28 or 35 + 2·chainId (+1)", vOffset),
        };
        var signature = TransactionFields.ReadSignature(ref reader, recoveryId);
        reader.EnsureEnd("the legacy transaction's fields");
        var transaction = new LegacyTransaction
        {
            Nonce = nonce,
            GasPrice = gasPrice,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            ChainId = chainId,
        };
        return (transaction, signature);
    }

    private byte[][] Fields() =>
    [
        RlpEncoder.EncodeUInt(Nonce),
        RlpEncoder.EncodeUInt(GasPrice),
        RlpEncoder.EncodeUInt(GasLimit),
        TransactionFields.EncodeTo(To),
        RlpEncoder.EncodeUInt(Value),
        RlpEncoder.EncodeBytes(Data),
    ];
}
