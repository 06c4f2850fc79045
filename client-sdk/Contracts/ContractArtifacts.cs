using System.Reflection;
using System.Text.Json;

namespace ProvenanceLedger.Sdk.Contracts;

/// <summary>
/// The contracts' ABIs and bytecode embedded in the SDK (client-sdk/Contracts/Abi/*.json, written by
/// <c>npm run export-abi</c>); a test fails when they differ from a fresh Hardhat compile.
/// </summary>
public static class ContractArtifacts
{
    /// <summary>Name of the registry contract (the only deployable contract of registry version 1.0.0).</summary>
    public const string ProvenanceRegistryName = "ProvenanceRegistry";

    private const string ResourcePrefix = "ProvenanceLedger.Sdk.Contracts.Abi.";
    private const string ResourceSuffix = ".json";

    private static readonly Assembly Assembly = typeof(ContractArtifacts).Assembly;
    private static readonly Lazy<ContractArtifact> Registry = new(() => Load(ProvenanceRegistryName));

    /// <summary>The names of every embedded contract, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..^ResourceSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The ProvenanceRegistry contract.</summary>
    public static ContractArtifact ProvenanceRegistry => Registry.Value;

    /// <summary>Reads the embedded artifact of the contract called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No contract of that name is embedded.</exception>
    public static ContractArtifact Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + name + ResourceSuffix)
            ?? throw new ArgumentException(
                $"no contract artifact '{name}' is embedded in the SDK; known: {string.Join(", ", Names)}", nameof(name));
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        return new ContractArtifact(
            name,
            root.GetProperty("abi").GetRawText(),
            root.GetProperty("bytecode").GetString()!,
            root.GetProperty("deployedBytecode").GetString()!);
    }
}
