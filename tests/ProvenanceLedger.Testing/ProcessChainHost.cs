using System.Diagnostics;
using System.Globalization;

namespace ProvenanceLedger.Testing;

/// <summary>`hardhat node` as a child process on a free 127.0.0.1 port: the path when no container engine answers.</summary>
internal sealed class ProcessChainHost : IChainHost
{
    private readonly Process _process;

    private ProcessChainHost(Process process, Uri rpcUrl)
    {
        _process = process;
        RpcUrl = rpcUrl;
    }

    public Uri RpcUrl { get; }

    public string StartedBy => "child-process";

    public static ProcessChainHost Start()
    {
        var hardhat = RepositoryRoot.Combine("node_modules", "hardhat", "internal", "cli", "cli.js");
        if (!File.Exists(hardhat))
        {
            throw new InvalidOperationException($"{hardhat} is missing: run `npm ci` in {RepositoryRoot.Path} first.");
        }

        var port = FreePort.Next();
        var start = new ProcessStartInfo("node", [hardhat, "node", "--hostname", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for hardhat");
        // Drain output so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ProcessChainHost(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    public void ThrowIfExited()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"hardhat node exited with code {_process.ExitCode} before answering");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
