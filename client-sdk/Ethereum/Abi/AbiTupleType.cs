namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary><c>(T1,T2,…)</c>: a struct; value <c>IReadOnlyList&lt;object&gt;</c> in component order.</summary>
public sealed class AbiTupleType : AbiType
{
    private readonly AbiType[] _components;

    /// <summary>Creates a tuple of the given component types; <paramref name="names"/> (optional) are the field names.</summary>
    public AbiTupleType(IReadOnlyList<AbiType> components, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(components);
        _components = [.. components];
        if (names is not null && names.Count != _components.Length)
        {
            throw new AbiException($"a tuple of {_components.Length} components got {names.Count} names");
        }

        Names = names is null ? [.. Enumerable.Repeat("", _components.Length)] : [.. names];
        CanonicalName = "(" + string.Join(",", _components.Select(c => c.CanonicalName)) + ")";
        IsDynamic = _components.Any(c => c.IsDynamic);
        HeadSize = IsDynamic ? 32 : _components.Sum(c => c.HeadSize);
    }

    /// <summary>The component types in order.</summary>
    public IReadOnlyList<AbiType> Components => _components;

    /// <summary>The component names ("" where unnamed).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    public override string CanonicalName { get; }

    /// <inheritdoc />
    public override bool IsDynamic { get; }

    /// <inheritdoc />
    public override int HeadSize { get; }

    internal override int EncodedSize(object value) => AbiSequence.EncodedSize(AbiTypeSequence.Of(_components), Checked(value));

    internal override int Encode(object value, Span<byte> destination) =>
        AbiSequence.Encode(AbiTypeSequence.Of(_components), Checked(value), destination);

    internal override object Decode(ref AbiReader reader, int offset) =>
        AbiSequence.Decode(ref reader, offset, AbiTypeSequence.Of(_components), _components.Length);

    private IReadOnlyList<object> Checked(object value)
    {
        var list = AbiSequence.AsList(this, value);
        if (list.Count != _components.Length)
        {
            throw new AbiException($"a {CanonicalName} value must have {_components.Length} components, got {list.Count}");
        }

        return list;
    }
}
