using System.Diagnostics;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

/// <summary>The real executable: exit codes, stdout/stderr split, and the progress bar on a terminal.</summary>
[Collection(ChainCollection.Name)]
public sealed class ChildProcessTests(HardhatChainFixture chain) : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_executable_exits_0_for_a_valid_bundle_1_for_a_tampered_one_and_2_for_usage()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "2", "--out", "outbox");
        await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");
        var tampered = _cli.PathOf("bundles/CO-2026-000002.provenance.json");
        await File.WriteAllTextAsync(tampered, (await File.ReadAllTextAsync(tampered)).Replace("\"line\": 1", "\"line\": 7", StringComparison.Ordinal));

        var valid = await ChildProcessCli.RunAsync(_cli, "verify", "bundles/CO-2026-000001.provenance.json");
        var invalid = await ChildProcessCli.RunAsync(_cli, "verify", "bundles/CO-2026-000002.provenance.json", "--json");
        var usage = await ChildProcessCli.RunAsync(_cli, "verify");

        Assert.Equal(0, valid.ExitCode);
        Assert.StartsWith("VALID: certificate-of-origin CO-2026-000001", valid.Output);
        Assert.Equal("", valid.Error);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("\"verdict\": \"INVALID\"", invalid.Output);
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal(["error: Required argument missing for command: 'verify'.", "run 'provenance verify --help' for usage"], usage.ErrorLines);
    }

    [Fact]
    public async Task Issue_draws_a_progress_bar_on_a_terminal()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "60", "--out", "batch.ndjson");
        var session = $"provenance-progress-{Environment.ProcessId}";
        var environment = string.Join(' ', _cli.Environment.Select(e => $"{e.Key}='{e.Value}'"));
        var command = $"cd '{_cli.WorkingDirectory}' && env {environment} dotnet '{ChildProcessCli.Assembly}' issue batch.ndjson --key issuer --out bundles --batch-size 5 > issue.out; echo exit=$? >> issue.out; sleep 60";

        await TmuxAsync("new-session", "-d", "-s", session, "-x", "160", "-y", "20", command);
        try
        {
            for (var i = 0; i < 240 && !await FinishedAsync(); i++)
            {
                await Task.Delay(250);
            }

            var screen = await TmuxAsync("capture-pane", "-p", "-t", session);

            Assert.Contains("exit=0", await File.ReadAllTextAsync(_cli.PathOf("issue.out")));
            var bar = screen.Split('\n').Single(l => l.Contains("issuing", StringComparison.Ordinal));
            Assert.Contains("100%", bar);
            Assert.Contains("━━━━━━━━━━", bar);
        }
        finally
        {
            await TmuxAsync("kill-session", "-t", session);
        }
    }

    private async Task<bool> FinishedAsync() =>
        File.Exists(_cli.PathOf("issue.out")) && (await File.ReadAllTextAsync(_cli.PathOf("issue.out"))).Contains("exit=", StringComparison.Ordinal);

    private static async Task<string> TmuxAsync(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"tmux {string.Join(' ', args)}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }
}
