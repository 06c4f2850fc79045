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
    };
}
