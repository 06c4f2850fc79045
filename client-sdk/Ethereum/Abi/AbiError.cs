namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>A custom error: its signature, selector, and revert-data decoding.</summary>
public sealed class AbiError
{
    private readonly AbiType[] _types;

    /// <summary>Creates an error description.</summary>
    public AbiError(string name, IReadOnlyList<AbiParameter> inputs)
    {
        Name = name;
        Inputs = inputs;
        Signature = AbiParameter.Signature(name, inputs);
        Selector = AbiSelector.FromSignature(Signature);
        _types = AbiParameter.Types(inputs);
    }

    /// <summary>Error name.</summary>
    public string Name { get; }

    /// <summary>Inputs in order.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>Canonical signature, e.g. <c>Error(string)</c>.</summary>
    public string Signature { get; }

    /// <summary>The 4-byte selector revert data starts with.</summary>
    public AbiSelector Selector { get; }

    /// <summary>Parses a signature such as <c>InsufficientBalance(uint256,uint256)</c>.</summary>
    public static AbiError FromSignature(string signature)
    {
        var (name, inputs) = AbiSignature.Parse(signature);
        return new AbiError(name, inputs);
    }

    /// <summary>Revert data for these arguments: selector and encoded arguments.</summary>
    public byte[] Encode(params object[] arguments)
    {
        var encoded = AbiCodec.Encode(_types, arguments);
        var data = new byte[AbiSelector.Size + encoded.Length];
        Selector.WriteTo(data);
        encoded.CopyTo(data, AbiSelector.Size);
        return data;
    }

    /// <summary>Decodes revert data (checks the selector; strict, no trailing bytes).</summary>
    public object[] Decode(ReadOnlySpan<byte> revertData)
    {
        var selector = AbiSelector.Read(revertData);
        if (selector != Selector)
        {
            throw new AbiException($"revert data starts with selector {selector}, not {Selector} of {Signature}", 0);
        }

        try
        {
            return AbiCodec.Decode(_types, revertData[AbiSelector.Size..]);
        }
        catch (AbiException e) when (e.Offset >= 0)
        {
            // Report the offset within the whole revert data, selector included.
            throw new AbiException($"{Signature}: {e.Reason}", e.Offset + AbiSelector.Size);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Signature;
}
