using ProvenanceLedger.Sdk.Ethereum.Rlp;
using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>A signed transaction: its fields, signature, raw bytes, hash and sender.</summary>
public sealed class SignedTransaction
{
    internal SignedTransaction(UnsignedTransaction transaction, EthereumSignature signature, byte[] raw, Address sender)
    {
        Transaction = transaction;
        Signature = signature;
        Raw = raw;
        Sender = sender;
        Hash = Keccak256.Hash(raw);
    }

    /// <summary>The transaction's fields.</summary>
    public UnsignedTransaction Transaction { get; }

    /// <summary>The sender's signature.</summary>
    public EthereumSignature Signature { get; }

    /// <summary>The raw bytes for eth_sendRawTransaction.</summary>
    public byte[] Raw { get; }

    /// <summary>The transaction hash (keccak256 of the raw bytes).</summary>
    public Hash32 Hash { get; }

    /// <summary>The sender, recovered from (or signed with) the signature.</summary>
    public Address Sender { get; }

    /// <summary>0x hex of <see cref="Raw"/>.</summary>
    public string RawHex => Hex.Encode(Raw);

    /// <summary>
    /// Decodes a raw signed transaction (type 2, or legacy with or without EIP-155), checks that it re-encodes
    /// to the same bytes, and recovers its sender; high-s signatures are rejected (EIP-2).
    /// </summary>
    public static SignedTransaction Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            throw new TransactionException("raw transaction is empty");
        }

        try
        {
            (UnsignedTransaction transaction, EthereumSignature signature) = raw[0] switch
            {
                >= 0xc0 => ((UnsignedTransaction, EthereumSignature))LegacyTransaction.Decode(raw),
                Eip1559Transaction.TypeByte => Eip1559Transaction.Decode(raw[1..]),
                _ => throw new TransactionException($"transaction type 0x{raw[0]:x2} is not supported (only legacy and type 2)"),
            };
            var sender = EcRecover.Recover(transaction.SigningHash(), signature);
            return new SignedTransaction(transaction, signature, raw.ToArray(), sender);
        }
        catch (RlpException e)
        {
            throw new TransactionException($"raw transaction is not valid RLP: {e.Message}", e);
        }
        catch (SignatureException e)
        {
            throw new TransactionException($"raw transaction has an invalid signature: {e.Message}", e);
        }
    }

    /// <summary>Decodes 0x hex of a raw transaction.</summary>
    public static SignedTransaction Decode(string rawHex) => Decode(Hex.Decode(rawHex));
}
