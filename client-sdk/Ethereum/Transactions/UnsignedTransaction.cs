using ProvenanceLedger.Sdk.Ethereum.Signing;

namespace ProvenanceLedger.Sdk.Ethereum.Transactions;

/// <summary>A transaction ready to be signed: it knows its signing hash and its signed serialisation.</summary>
public abstract record UnsignedTransaction
{
    /// <summary>The hash the sender signs.</summary>
    public abstract Hash32 SigningHash();

    /// <summary>The raw signed transaction, as eth_sendRawTransaction takes it.</summary>
    public abstract byte[] EncodeSigned(EthereumSignature signature);

    /// <summary>Signs with <paramref name="key"/>.</summary>
    public SignedTransaction Sign(EthereumKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var signature = key.Sign(SigningHash());
        return new SignedTransaction(this, signature, EncodeSigned(signature), key.Address);
    }
}
