using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.Bench.Support;

/// <summary>
/// A ledger node build (a directory holding ProvenanceLedger.Node.dll) as its own process, as it runs in
/// production: not sharing the benchmark's runtime, bound to a free 127.0.0.1 port, following one registry, with
/// its data in a fresh temporary directory. Stopped by its PID, and its data deleted, on dispose.
/// </summary>
public sealed class LedgerNodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan PollDelay = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly DirectoryInfo _data;

    private LedgerNodeProcess(Process process, DirectoryInfo data, IPEndPoint endpoint)
    {
        _process = process;
        _data = data;
        Endpoint = endpoint;
    }

    /// <summary>Where the node listens.</summary>
    public IPEndPoint Endpoint { get; }

    public Uri BaseAddress => new($"http://{Endpoint}/");

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the node in <paramref name="build"/> and waits until it answers /health/live. The settings are the
    /// benchmarks': no confirmations (Hardhat mines one block per transaction and then stops), the given poll
    /// interval, and no per-client rate limit — every request comes from one client, and the production limit
    /// (which guards nodes against abusive clients) would cap the measured throughput at its setting.
    /// </summary>
    public static async Task<LedgerNodeProcess> StartAsync(string build, Uri rpc, Address registry, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(build, "ProvenanceLedger.Node.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"{dll} is missing: build the node first (`dotnet build -c Release ledger-node`)", dll);
        }

        var endpoint = new IPEndPoint(IPAddress.Loopback, FreeLoopbackPort());
        var data = Directory.CreateTempSubdirectory("bench-ledger-node-");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = build,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            dll, "--environment", "Production", "--urls", $"http://{endpoint}",
            "--Ledger:RpcUrl", rpc.ToString(), "--Ledger:Registries:0:Address", registry.ToString(), "--Ledger:Confirmations", "0",
            "--Ledger:PollInterval", pollInterval.ToString("c", CultureInfo.InvariantCulture), "--Ledger:DataDirectory", data.FullName,
            "--Api:RequestsPerSecondPerClient", "0", "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("could not start the ledger node");
        }
        catch
        {
            data.Delete(recursive: true);
            throw;
        }
        // Drain its output so the child never blocks on a full pipe; its warnings and errors go to our stderr.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { Length: > 0 }) Console.Error.WriteLine($"[ledger-node] {line.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var node = new LedgerNodeProcess(process, data, endpoint);
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

    /// <summary>CPU time the node has used so far (all threads, user and kernel).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The node's resident set size in bytes (Linux /proc).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Waits until the node has indexed <paramref name="block"/> (GET /api/v1/status, indexedBlock).</summary>
    public Task WaitForBlockAsync(ulong block, TimeSpan timeout, CancellationToken cancellationToken) =>
        PollAsync("/api/v1/status", timeout, $"index block {block}", cancellationToken, response =>
            response.Status == 200 && IndexedBlock(response.Body.Span) >= block);

    /// <summary>Waits until the node has indexed the batch <paramref name="root"/> (GET /api/v1/batches/{root} answers 200).</summary>
    public Task WaitForBatchAsync(Hash32 root, TimeSpan timeout, CancellationToken cancellationToken) =>
        PollAsync($"/api/v1/batches/{root}", timeout, $"index batch {root}", cancellationToken, response => response.Status switch
        {
            200 => true,
            // 404: not indexed yet; 503: the node has not read its first range yet.
            404 or 503 => false,
            _ => throw new InvalidOperationException($"GET /api/v1/batches/{root} answered {response.Status}: {Encoding.UTF8.GetString(response.Body.Span)}"),
        });

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _data.Delete(recursive: true);
    }

    private async Task WaitUntilLiveAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        using var connection = new RawHttpConnection(Endpoint);
        var request = RawHttpConnection.Request("GET", "/health/live", Endpoint);
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the ledger node exited with code {_process.ExitCode} while starting; see the [ledger-node] lines above");
            }

            try
            {
                if ((await connection.SendAsync(request, cancellationToken)).IsSuccess)
                {
                    return;
                }
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
            {
                // Not listening yet: try again shortly.
            }

            await Task.Delay(PollDelay * 10, cancellationToken);
        }

        throw new TimeoutException($"the ledger node did not answer /health/live within {StartTimeout.TotalSeconds} s");
    }

    private async Task PollAsync(string path, TimeSpan timeout, string what, CancellationToken cancellationToken, Func<RawHttpResponse, bool> done)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var connection = new RawHttpConnection(Endpoint);
        var request = RawHttpConnection.Request("GET", path, Endpoint);
        try
        {
            while (!done(await connection.SendAsync(request, deadline.Token)))
            {
                await Task.Delay(PollDelay, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the ledger node did not {what} within {timeout}");
        }
    }

    private static ulong? IndexedBlock(ReadOnlySpan<byte> status)
    {
        var reader = new Utf8JsonReader(status);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("indexedBlock"u8))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.Number ? reader.GetUInt64() : null;
            }
        }

        return null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
