using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Testing;

/// <summary>
/// Runs a command of tests/ethers-oracle (ethers.js) over many cases in one process, so the C# SDK can be
/// compared with an independent implementation byte for byte.
/// </summary>
public static class EthersOracle
{
    /// <summary>Sends <paramref name="cases"/> to the named command; returns one result per case.</summary>
    public static async Task<JsonArray> RunAsync(string command, JsonArray cases, CancellationToken cancellationToken = default)
    {
        var script = RepositoryRoot.Combine("tests", "ethers-oracle", "oracle.js");
        var start = new ProcessStartInfo("node", [script, command])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardInput.WriteAsync(cases.ToJsonString());
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ethers oracle '{command}' exited {process.ExitCode}: {await stderr}");
        }

        var results = JsonNode.Parse(await stdout) as JsonArray
            ?? throw new InvalidOperationException($"ethers oracle '{command}' did not answer with a JSON array");
        if (results.Count != cases.Count)
        {
            throw new InvalidOperationException($"ethers oracle '{command}' answered {results.Count} results for {cases.Count} cases");
        }

        return results;
    }

    /// <summary>Serialises any object into a JSON node for a case.</summary>
    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value);
}
