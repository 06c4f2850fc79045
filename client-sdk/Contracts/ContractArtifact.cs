using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Sdk.Contracts;

/// <summary>A deployable contract's ABI and bytecode, as exported from the Hardhat build (npm run export-abi).</summary>
/// <param name="Name">The contract's name, e.g. <c>ProvenanceRegistry</c>.</param>
/// <param name="AbiJson">The ABI as JSON text (an array of function, event and error descriptions).</param>
/// <param name="BytecodeHex">The creation bytecode, 0x-prefixed hex; constructor arguments are appended to it.</param>
/// <param name="DeployedBytecodeHex">The runtime bytecode, 0x-prefixed hex, as <c>eth_getCode</c> returns it.</param>
public sealed record ContractArtifact(string Name, string AbiJson, string BytecodeHex, string DeployedBytecodeHex)
{
    /// <summary>The creation bytecode as bytes.</summary>
    public byte[] Bytecode() => Hex.Decode(BytecodeHex);

    /// <summary>The runtime bytecode as bytes.</summary>
    public byte[] DeployedBytecode() => Hex.Decode(DeployedBytecodeHex);
}
