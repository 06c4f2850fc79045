using System.Numerics;

namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>uintN</c>: an unsigned integer of N bits (8..256, multiple of 8), value <see cref="BigInteger"/>.</summary>
public sealed class AbiUIntType : AbiType
{
    private readonly BigInteger _max;

    /// <summary>Creates <c>uint{bits}</c>.</summary>
    public AbiUIntType(int bits)
    {
        if (bits is < 8 or > 256 || bits % 8 != 0)
        {
            throw new AbiException($"uint{bits} is not a valid type: the size must be a multiple of 8 from 8 to 256");
        }

        Bits = bits;
        _max = (BigInteger.One << bits) - 1;
        CanonicalName = "uint" + bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
        if (number.Sign < 0 || number > _max)
        {
            throw new AbiException($"{number} is out of range for {CanonicalName}");
        }

        AbiIntegers.WriteUnsigned(number, destination[..32]);
        return 32;
    }

    internal override object Decode(ref AbiReader reader, int offset)
    {
        var word = reader.Word(offset);
        var valueBytes = Bits / 8;
        var dirty = word[..(32 - valueBytes)].IndexOfAnyExcept((byte)0);
        if (dirty >= 0)
        {
            throw new AbiException($"{CanonicalName} has non-zero high bytes", offset + dirty);
        }

        return new BigInteger(word, isUnsigned: true, isBigEndian: true);
    }
}
