using System.Diagnostics;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>Runs the real `provenance` executable as a child process, with the harness's folders and environment only.</summary>
internal static class ChildProcessCli
{
    /// <summary>The provenance assembly built beside the tests.</summary>
    public static string Assembly => typeof(ProvenanceCli).Assembly.Location;

    public static async Task<CliRun> RunAsync(CliHarness cli, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = cli.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PROVENANCE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in cli.Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await output, await error);
    }
}
