using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Cli.Dev;

/// <summary>Readiness probes of the development stack.</summary>
internal static class DevHealth
{
    public static async Task<bool> ChainAnswersAsync(Uri rpc, CancellationToken cancellationToken)
    {
        using var transport = new HttpRpcTransport(rpc, new RpcTransportOptions { MaxAttempts = 1, RequestTimeout = TimeSpan.FromSeconds(2) });
        try
        {
            return await new EthRpcClient(transport).ChainIdAsync(cancellationToken) > 0;
        }
        catch (RpcException)
        {
            // Not up (yet): the caller waits or starts it.
            return false;
        }
    }

    public static async Task<bool> NodeLiveAsync(Uri node, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            using var response = await http.GetAsync(new Uri(node, "health/live"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Not listening yet.
            return false;
        }
    }

    /// <summary>Polls <paramref name="ready"/> until it holds; fails with the log's tail when the process dies or time runs out.</summary>
    public static async Task WaitAsync(string name, DevProcesses processes, Func<Task<bool>> ready, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await ready())
            {
                return;
            }

            if (processes.RunningPid(name) is null)
            {
                throw new CliException($"the {name} exited while starting: {processes.LogTail(name)}");
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new CliException($"the {name} did not answer within {timeout.TotalSeconds:0} s; see {Path.Combine(processes.Directory, name + ".log")}");
    }
}
