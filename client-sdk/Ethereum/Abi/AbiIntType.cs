using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>intN</c>: a two's-complement integer of N bits (8..256, multiple of 8), value <see cref="BigInteger"/>.</summary>
public sealed class AbiIntType : AbiType
{
    private readonly BigInteger _min;
    private readonly BigInteger _max;

    /// <summary>Creates <c>int{bits}</c>.</summary>
    public AbiIntType(int bits)
    {
        if (bits is < 8 or > 256 || bits % 8 != 0)
        {
            throw new AbiException($"int{bits} is not a valid type: the size must be a multiple of 8 from 8 to 256");
        }

        Bits = bits;
        _max = (BigInteger.One << (bits - 1)) - 1;
        _min = -(BigInteger.One << (bits - 1));
        CanonicalName = "int" + bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Size in bits.</summary>
    public int Bits { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic => false;

    internal override int EncodedSize(object value) => 32;

    internal override int Encode(object value, Span<byte> destination)
    {
        var number = AbiIntegers.ToBigInteger(this, value);
        if (number < _min || number > _max)
        {
            throw new AbiException($"{number} is out of range for {CanonicalName}");
        }

        AbiIntegers.WriteSigned(number, destination[..32]);
        return 32;
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var word = reader.Word(offset);
        var padBytes = 32 - Bits / 8;
        // The bytes above the value must repeat its sign bit, as Solidity's sign extension writes them.
        var fill = (word[padBytes] & 0x80) != 0 ? (byte)0xFF : (byte)0;
        var dirty = word[..padBytes].IndexOfAnyExcept(fill);
        if (dirty >= 0)
        {
            throw new AbiException($"{CanonicalName} is not sign-extended", offset + dirty);
        }

        return new BigInteger(word[padBytes..], isUnsigned: false, isBigEndian: true);
    }
}
