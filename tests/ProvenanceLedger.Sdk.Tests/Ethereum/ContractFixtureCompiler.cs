using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Abi;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>Compiles a Solidity file of Ethereum/Fixtures with solc-js 0.8.28 (oracle command compile.js).</summary>
internal static class ContractFixtureCompiler
{
    public static async Task<(ContractAbi Abi, byte[] Bytecode)> CompileAsync(string file, string contract)
    {
        var path = RepositoryRoot.Combine("tests", "ProvenanceLedger.Sdk.Tests", "Ethereum", "Fixtures", file);
        var cases = new JsonArray(new JsonObject { ["file"] = file, ["source"] = await File.ReadAllTextAsync(path), ["contract"] = contract });

        var result = (await EthersOracle.RunAsync("compile", cases))[0]!;

        if (result["abi"] is not JsonArray abi)
        {
            throw new InvalidOperationException($"solc-js did not compile {file}: {result.ToJsonString()}");
        }

        return (ContractAbi.Parse(abi.ToJsonString()), Hex.Decode((string)result["bytecode"]!));
    }
}

/// <summary>Notebook.sol compiled once per test class.</summary>
public sealed class NotebookArtifact : IAsyncLifetime
{
    public ContractAbi Abi { get; private set; } = null!;

    public byte[] Bytecode { get; private set; } = [];

    public async Task InitializeAsync() => (Abi, Bytecode) = await ContractFixtureCompiler.CompileAsync("Notebook.sol", "Notebook");

    public Task DisposeAsync() => Task.CompletedTask;
}
