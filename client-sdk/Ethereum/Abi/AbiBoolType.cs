namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>bool</c>: encoded as the word 0 or 1, value <see cref="bool"/>.</summary>
public sealed class AbiBoolType : AbiType
{
    /// <summary>The one instance.</summary>
    public static AbiBoolType Instance { get; } = new();

    private AbiBoolType()
    {
    }

    /// <inheritdoc />
    public override string CanonicalName => "bool";

    /// <inheritdoc />
    public override bool IsDynamic => false;

    internal override int EncodedSize(object value) => 32;

    internal override int Encode(object value, Span<byte> destination)
    {
        if (value is not bool flag)
        {
            throw WrongValue(this, value, "a bool");
        }

        destination[..31].Clear();
        destination[31] = flag ? (byte)1 : (byte)0;
        return 32;
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var word = reader.Word(offset);
        var dirty = word[..31].IndexOfAnyExcept((byte)0);
        if (dirty >= 0 || word[31] > 1)
        {
            throw new AbiException("bool must be 0 or 1", offset + (dirty >= 0 ? dirty : 31));
        }

        return word[31] == 1;
    }
}
