using System.Reflection;
using System.Runtime.InteropServices;
using ProvenanceLedger.Sdk.Documents.Hashing;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>What our side ran on, for the table's footer.</summary>
internal static class Versions
{
    public static IReadOnlyDictionary<string, string> Ours() => new Dictionary<string, string>
    {
        ["ProvenanceLedger.Sdk"] = typeof(DocumentHasher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["dynamic PGO"] = DynamicPgoIsOn() ? "on (the .NET default)" : "off (as the provenance CLI and the ledger node ship)",
    };

    // The environment variable wins over runtimeconfig.json, as in the runtime itself.
    private static bool DynamicPgoIsOn() =>
        Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is { } variable
            ? variable != "0"
            : !AppContext.TryGetSwitch("System.Runtime.TieredPGO", out var on) || on;
}
