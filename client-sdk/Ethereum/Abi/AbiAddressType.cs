namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>address</c>: a 20-byte account, value <see cref="Ethereum.Address"/>.</summary>
public sealed class AbiAddressType : AbiType
{
    /// <summary>The one instance.</summary>
    public static AbiAddressType Instance { get; } = new();

    private AbiAddressType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "address";

    /// <inheritdoc />
    public override bool IsDynamic => false;

    internal override int EncodedSize(object value) => 32;

    internal override int Encode(object value, Span<byte> destination)
    {
        if (value is not Address address)
        {
            throw WrongValue(this, value, "an Address");
        }

        destination[..12].Clear();
        address.Bytes.CopyTo(destination[12..32]);
        return 32;
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var word = reader.Word(offset);
        var dirty = word[..12].IndexOfAnyExcept((byte)0);
        if (dirty >= 0)
        {
            throw new AbiException("address has non-zero high bytes", offset + dirty);
        }

        return new Address(word[12..]);
    }
}
