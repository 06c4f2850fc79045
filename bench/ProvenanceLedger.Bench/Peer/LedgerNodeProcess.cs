using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our ledger node as its own process (as it runs in production, not sharing the load generator's
/// runtime), bound to a free 127.0.0.1 port, following the benchmark's registry; stopped by its PID.
/// </summary>
internal sealed class LedgerNodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly DirectoryInfo _data;

    private LedgerNodeProcess(Process process, DirectoryInfo data, Uri baseAddress)
    {
        _process = process;
        _data = data;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>CPU milliseconds the node has used so far.</summary>
    public double CpuMilliseconds() => ProcessorTime.MillisecondsOf(_process.Id);

    /// <summary>
    /// Starts the node dll with the settings the benchmark needs: no confirmations (Hardhat mines one block
    /// per transaction and then stops), a short poll so "indexed" measures the node more than its sleep,
    /// and no per-client rate limit.
    /// </summary>
    public static async Task<LedgerNodeProcess> StartAsync(FileInfo nodeDll, Uri rpc, string registry, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        if (!nodeDll.Exists)
        {
            throw new FileNotFoundException($"{nodeDll.FullName} is missing; build ledger-node first (run.sh does)", nodeDll.FullName);
        }

        var port = FreeLoopbackPort();
        var data = Directory.CreateTempSubdirectory("bench-ledger-node-");
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [nodeDll.FullName])
        {
            WorkingDirectory = nodeDll.DirectoryName!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = baseAddress.ToString();
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Ledger__RpcUrl"] = rpc.ToString();
        start.Environment["Ledger__Registries__0__Address"] = registry;
        start.Environment["Ledger__Confirmations"] = "0";
        start.Environment["Ledger__PollInterval"] = pollInterval.ToString("c", CultureInfo.InvariantCulture);
        start.Environment["Ledger__DataDirectory"] = data.FullName;
        // Every request comes from this one client; the per-client limit guards production nodes against
        // abusive clients and would cap the measured throughput at its setting.
        start.Environment["Api__RequestsPerSecondPerClient"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the ledger node");
        // Drain its output so the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) Console.Error.WriteLine($"[ledger-node] {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new LedgerNodeProcess(process, data, baseAddress);
        try
        {
            await node.WaitUntilLiveAsync(cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the ledger node exited with code {_process.ExitCode} while starting; see the [ledger-node] lines above");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/live", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: try again shortly.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"the ledger node did not answer /health/live within {StartTimeout.TotalSeconds} s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _data.Delete(recursive: true);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
