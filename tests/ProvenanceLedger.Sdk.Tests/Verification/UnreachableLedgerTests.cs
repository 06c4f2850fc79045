using System.Net;
using System.Net.Sockets;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Sdk.Tests.Verification;

public class UnreachableLedgerTests
{
    private static readonly RpcTransportOptions QuickGiveUp = new()
    {
        MaxAttempts = 2,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public async Task A_refused_connection_is_INDETERMINATE_with_the_offline_checks_still_passing()
    {
        var bundle = new OfflineIssuance().IssueCertificates(2)[0];
        using var transport = new HttpRpcTransport(new Uri($"http://127.0.0.1:{ClosedPort()}/"), QuickGiveUp);

        var report = await Verify(transport, bundle);

        Assert.Equal(Verdict.Indeterminate, report.Verdict);
        Assert.DoesNotContain(report.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Equal([CheckStatus.Pass, CheckStatus.Pass, CheckStatus.Pass], new[] { CheckNames.Integrity, CheckNames.Proof, CheckNames.Signature }.Select(n => report.Check(n).Status));
        Assert.StartsWith("Could not ask the ledger: could not read the chain id from the chain: ", report.Check(CheckNames.Revocation).Reason, StringComparison.Ordinal);
        Assert.Null(report.AsOf.BlockNumber);
    }

    [Fact]
    public async Task A_rate_limited_endpoint_is_INDETERMINATE_not_INVALID()
    {
        var bundle = new OfflineIssuance().IssueCertificates(2)[1];
        using var listener = new HttpListener();
        var port = ClosedPort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        var server = AnswerTooManyRequestsAsync(listener, stop.Token);
        using var transport = new HttpRpcTransport(new Uri($"http://127.0.0.1:{port}/"), QuickGiveUp);

        var report = await Verify(transport, bundle);
        await stop.CancelAsync();
        listener.Stop();
        await server;

        Assert.Equal(Verdict.Indeterminate, report.Verdict);
        Assert.DoesNotContain(report.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Contains("429", report.Check(CheckNames.Anchor).Reason, StringComparison.Ordinal);
    }

    private static Task<VerificationReport> Verify(HttpRpcTransport transport, ProofBundle bundle)
    {
        var registry = new RegistryClient(new EthRpcClient(transport), OfflineIssuance.Registry);
        return new DocumentVerifier(new ChainLedgerView(registry)).VerifyAsync(bundle);
    }

    private static async Task AnswerTooManyRequestsAsync(HttpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().WaitAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException)
            {
                // The test stopped the listener: the server's work is done.
                return;
            }

            context.Response.StatusCode = 429;
            context.Response.Close();
        }
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
