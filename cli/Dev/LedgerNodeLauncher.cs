using ProvenanceLedger.Cli.Infrastructure;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>
/// The built ledger node (ProvenanceLedger.Node.dll) started as the "node" process of a <see cref="DevProcesses"/>
/// folder: <c>provenance dev up</c> starts it so, and so do the tests that need a real node process (killed with
/// kill -9, or asked over HTTP by the CLI).
/// </summary>
public static class LedgerNodeLauncher
{
    /// <summary>The process's name in the dev folder (node.pid, node.log).</summary>
    public const string Name = "node";

    /// <summary>
    /// Starts the node of <paramref name="repository"/> listening on <paramref name="url"/>, configured by
    /// <paramref name="settings"/> (environment variables such as <c>Ledger__RpcUrl</c>); returns its PID.
    /// </summary>
    public static int Start(DevProcesses processes, string repository, Uri url, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(processes);
        ArgumentNullException.ThrowIfNull(url);
        return processes.Start(Name, repository, settings, "dotnet", Assembly(repository), "--urls", url.ToString().TrimEnd('/'),
            // The web page and appsettings live in the project folder, not beside the built assembly.
            "--contentRoot", Path.Combine(repository, "ledger-node"));
    }

    // The newest build of the node in the repository (Debug or Release).
    private static string Assembly(string repository)
    {
        var candidates = new[] { "Debug", "Release" }
            .Select(c => Path.Combine(repository, "ledger-node", "bin", c, "net10.0", "ProvenanceLedger.Node.dll"))
            .Where(File.Exists)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .ToList();
        return candidates.Count > 0
            ? candidates[0]
            : throw new CliException($"the ledger node is not built in {repository}; run 'dotnet build ledger-node' first");
    }
}
