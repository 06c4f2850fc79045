namespace ProvenanceLedger.Sdk.Ethereum.Abi;

/// <summary>A contract's constructor: deployment data is the bytecode followed by the encoded arguments.</summary>
public sealed class AbiConstructor
{
    private readonly AbiType[] _types;

    /// <summary>Creates a constructor description.</summary>
    public AbiConstructor(IReadOnlyList<AbiParameter> inputs, string stateMutability = "nonpayable")
    {
        Inputs = inputs;
        StateMutability = stateMutability;
        _types = AbiParameter.Types(inputs);
    }

    /// <summary>The constructor of a contract whose ABI declares none: no inputs.</summary>
    public static AbiConstructor Default { get; } = new([]);

    /// <summary>Inputs in order.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary><c>nonpayable</c> or <c>payable</c>.</summary>
    public string StateMutability { get; }

    /// <summary>Deployment data: <paramref name="bytecode"/> followed by the encoded arguments.</summary>
    public byte[] EncodeDeployment(ReadOnlySpan<byte> bytecode, params object[] arguments)
    {
        var size = AbiCodec.EncodedSize(_types, arguments);
        var data = new byte[bytecode.Length + size];
        bytecode.CopyTo(data);
        AbiCodec.Encode(_types, arguments, data.AsSpan(bytecode.Length));
        return data;
    }
}
