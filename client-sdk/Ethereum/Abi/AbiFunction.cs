namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>A contract function: its signature, selector, and call/return encodings.</summary>
public sealed class AbiFunction
{
    private readonly AbiType[] _inputTypes;
    private readonly AbiType[] _outputTypes;

    /// <summary>Creates a function description.</summary>
    public AbiFunction(string name, IReadOnlyList<AbiParameter> inputs, IReadOnlyList<AbiParameter> outputs, string stateMutability = "nonpayable")
    {
        Name = name;
        Inputs = inputs;
        Outputs = outputs;
        StateMutability = stateMutability;
        Signature = AbiParameter.Signature(name, inputs);
        Selector = AbiSelector.FromSignature(Signature);
        _inputTypes = AbiParameter.Types(inputs);
        _outputTypes = AbiParameter.Types(outputs);
    }

    /// <summary>Function name.</summary>
    public string Name { get; }

    /// <summary>Inputs in order.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>Outputs in order.</summary>
    public IReadOnlyList<AbiParameter> Outputs { get; }

    /// <summary><c>pure</c>, <c>view</c>, <c>nonpayable</c> or <c>payable</c>.</summary>
    public string StateMutability { get; }

    /// <summary>True for pure and view functions, which are read with eth_call.</summary>
    public bool IsReadOnly => StateMutability is "view" or "pure";

    /// <summary>Canonical signature, e.g. <c>transfer(address,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>The 4-byte selector.</summary>
    public AbiSelector Selector { get; }

    /// <summary>Parses a signature such as <c>baz(uint32,bool)</c> into a function with unnamed inputs and no outputs.</summary>
    public static AbiFunction FromSignature(string signature)
    {
        var (name, inputs) = AbiSignature.Parse(signature);
        return new AbiFunction(name, inputs, []);
    }

    /// <summary>Call data: selector followed by the encoded arguments.</summary>
    public byte[] EncodeCall(params object[] arguments)
    {
        var size = AbiSelector.Size + AbiCodec.EncodedSize(_inputTypes, arguments);
        var data = new byte[size];
        Selector.WriteTo(data);
        AbiCodec.Encode(_inputTypes, arguments, data.AsSpan(AbiSelector.Size));
        return data;
    }

    /// <summary>Decodes call data (checks the selector).</summary>
    public object[] DecodeCall(ReadOnlySpan<byte> callData)
    {
        if (AbiSelector.Read(callData) != Selector)
        {
            throw new AbiException($"call data starts with selector {AbiSelector.Read(callData)}, not {Selector} of {Signature}", 0);
        }

        return AbiCodec.Decode(_inputTypes, callData[AbiSelector.Size..]);
    }

    /// <summary>Decodes return data into the outputs (trailing bytes allowed, as Solidity's decoder allows them).</summary>
    public object[] DecodeOutput(ReadOnlySpan<byte> returnData) => AbiCodec.Decode(_outputTypes, returnData, allowTrailingBytes: true);

    /// <inheritdoc />
    public override string ToString() => Signature;
}
