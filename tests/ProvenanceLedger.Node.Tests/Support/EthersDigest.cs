using System.Globalization;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Support;

/// <summary>The audit digest as an auditor computes it: ethers.js reading eth_getLogs itself (tests/ethers-oracle audit-digest).</summary>
internal static class EthersDigest
{
    public static async Task<(string Digest, int LogCount, IReadOnlyDictionary<ulong, string> ByBlock)> ComputeAsync(
        Uri rpcUrl, Address registry, ulong fromBlock, ulong toBlock)
    {
        var cases = new JsonArray(new JsonObject
        {
            ["rpcUrl"] = rpcUrl.ToString(),
            ["addresses"] = new JsonArray(registry.ToLowerHex()),
            ["fromBlock"] = fromBlock,
            ["toBlock"] = toBlock,
        });
        var result = (await EthersOracle.RunAsync("audit-digest", cases))[0]!;
        if (result["error"] is { } error)
        {
            throw new InvalidOperationException($"ethers could not compute the digest: {error}");
        }

        var byBlock = result["byBlock"]!.AsObject().ToDictionary(p => ulong.Parse(p.Key, CultureInfo.InvariantCulture), p => (string)p.Value!);
        return ((string)result["digest"]!, (int)result["logCount"]!, byBlock);
    }
}
