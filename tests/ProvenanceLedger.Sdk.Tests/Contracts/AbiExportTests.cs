using System.Diagnostics;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Contracts;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Sdk.Tests.Contracts;

/// <summary>The SDK's embedded ABIs and bytecode must be exactly what a fresh Hardhat compile produces.</summary>
public class AbiExportTests
{
    private const string RefreshHint = "run `npm run export-abi` in the repository root and commit client-sdk/Contracts/Abi";

    private static readonly string ArtifactsRoot =
        RepositoryRoot.Combine("contracts-solidity", "artifacts", "contracts-solidity", "contracts");

    [Fact]
    public async Task Embedded_artifacts_match_a_fresh_hardhat_compile()
    {
        await CompileAsync();
        var fresh = ReadDeployableArtifacts();

        Assert.True(
            fresh.Keys.Order(StringComparer.Ordinal).SequenceEqual(ContractArtifacts.Names),
            $"deployable contracts [{string.Join(", ", fresh.Keys)}] but the SDK embeds [{string.Join(", ", ContractArtifacts.Names)}]: {RefreshHint}");
        foreach (var (name, artifact) in fresh)
        {
            var embedded = ContractArtifacts.Load(name);
            Assert.True(
                JsonNode.DeepEquals(artifact["abi"], JsonNode.Parse(embedded.AbiJson)),
                $"the embedded ABI of {name} differs from a fresh `npx hardhat compile`: {RefreshHint}");
            Assert.True(
                (string?)artifact["bytecode"] == embedded.BytecodeHex,
                $"the embedded bytecode of {name} differs from a fresh `npx hardhat compile`: {RefreshHint}");
            Assert.True(
                (string?)artifact["deployedBytecode"] == embedded.DeployedBytecodeHex,
                $"the embedded deployed bytecode of {name} differs from a fresh `npx hardhat compile`: {RefreshHint}");
        }
    }

    [Fact]
    public void Registry_artifact_carries_its_abi_and_creation_code()
    {
        var registry = ContractArtifacts.ProvenanceRegistry;
        var abi = JsonNode.Parse(registry.AbiJson)!.AsArray();
        var names = abi.Select(entry => $"{(string?)entry!["type"]}:{(string?)entry["name"]}").ToHashSet();

        Assert.Equal("ProvenanceRegistry", registry.Name);
        Assert.Contains("function:anchorBySig", names);
        Assert.Contains("event:BatchAnchored", names);
        Assert.Contains("error:ProvenanceRegistryAlreadyAnchored", names);
        // solc's runtime code starts by setting the free memory pointer (PUSH1 0x80 PUSH1 0x40 MSTORE), and the
        // creation code carries the runtime code it returns.
        Assert.Equal(new byte[] { 0x60, 0x80, 0x60, 0x40, 0x52 }, registry.DeployedBytecode()[..5]);
        Assert.Contains(registry.DeployedBytecodeHex[2..], registry.BytecodeHex, StringComparison.Ordinal);
        Assert.True(registry.Bytecode().Length > registry.DeployedBytecode().Length);
    }

    [Fact]
    public void Load_names_the_known_contracts_when_asked_for_an_unknown_one()
    {
        var error = Assert.Throws<ArgumentException>(() => ContractArtifacts.Load("Registry2"));
        Assert.StartsWith("no contract artifact 'Registry2' is embedded in the SDK; known: ProvenanceRegistry", error.Message);
    }

    private static async Task CompileAsync()
    {
        var hardhat = RepositoryRoot.Combine("node_modules", ".bin", "hardhat");
        Assert.True(File.Exists(hardhat), $"{hardhat} is missing: run `npm ci` in the repository root");
        var start = new ProcessStartInfo("node", [hardhat, "compile", "--quiet"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"`npx hardhat compile` exited {process.ExitCode}: {await stdout}{await stderr}");
    }

    /// <summary>Hardhat artifacts with bytecode (interfaces and abstract contracts have none), by contract name.</summary>
    private static Dictionary<string, JsonNode> ReadDeployableArtifacts() =>
        Directory.EnumerateFiles(ArtifactsRoot, "*.json", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".dbg.json", StringComparison.Ordinal))
            .Select(path => JsonNode.Parse(File.ReadAllText(path))!)
            .Where(artifact => (string?)artifact["bytecode"] != "0x")
            .ToDictionary(artifact => (string)artifact["contractName"]!, artifact => artifact);
}
