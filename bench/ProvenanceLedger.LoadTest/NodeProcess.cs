using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;

namespace ProvenanceLedger.LoadTest;

/// <summary>The ledger node (Release build) as its own process on a free 127.0.0.1 port, rate limiting off.</summary>
internal sealed class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _data;

    private NodeProcess(Process process, Uri url, string data)
    {
        _process = process;
        Url = url;
        _data = data;
    }

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    /// <summary>Starts the node built in <paramref name="build"/> (a directory holding ProvenanceLedger.Node.dll).</summary>
    public static NodeProcess Start(string build, Uri rpcUrl, Address registry)
    {
        var dll = Path.Combine(build, "ProvenanceLedger.Node.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: run `dotnet build -c Release ledger-node` first");
        }

        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "provenance-load-" + Guid.NewGuid().ToString("N"));
        var url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = build,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            dll, "--urls", url.ToString().TrimEnd('/'),
            "--Ledger:RpcUrl", rpcUrl.ToString(), "--Ledger:Registries:0:Address", registry.ToString(), "--Ledger:Confirmations", "0",
            "--Ledger:PollInterval", "00:00:00.200", "--Ledger:DataDirectory", data, "--Api:RequestsPerSecondPerClient", "0",
            "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the node did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("node: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new NodeProcess(process, url, data);
    }

    /// <summary>Waits until the node has indexed <paramref name="block"/>.</summary>
    public async Task WaitForBlockAsync(HttpClient http, ulong block, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            try
            {
                var status = JsonNode.Parse(await http.GetStringAsync(new Uri(Url, "api/v1/status")));
                if (status?["indexedBlock"]?.GetValue<ulong?>() >= block)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"the node did not index block {block} within {timeout}"));
    }

    /// <summary>The node's resident set size in bytes (Linux /proc).</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>CPU time the node has used so far (user + system, from /proc).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
