using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ProvenanceLedger.Sdk.Ethereum.Rpc;

namespace ProvenanceLedger.Sdk.Tests.Ethereum;

/// <summary>Retry policy of the HTTP transport, against scripted HTTP answers.</summary>
public class RpcTransportTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:1/");

    private static readonly RpcTransportOptions FastRetries = new()
    {
        MaxAttempts = 4,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(40),
        RequestTimeout = TimeSpan.FromMilliseconds(500),
    };

    [Fact]
    public async Task Retries_5xx_and_429_then_returns_the_answer()
    {
        var handler = new ScriptedHandler(
            (HttpStatusCode.ServiceUnavailable, "busy"),
            (HttpStatusCode.TooManyRequests, ""),
            (HttpStatusCode.OK, """{"jsonrpc":"2.0","id":1,"result":"0x7a69"}"""));
        using var transport = new HttpRpcTransport(Endpoint, FastRetries, new HttpClient(handler));

        var chainId = await new EthRpcClient(transport).ChainIdAsync(CancellationToken.None);

        Assert.Equal(31337UL, chainId);
        Assert.Equal(3, handler.Requests);
    }

    [Fact]
    public async Task Never_retries_a_json_rpc_error_even_with_http_500()
    {
        var handler = new ScriptedHandler((HttpStatusCode.InternalServerError, """{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"nonce too low"}}"""));
        using var transport = new HttpRpcTransport(Endpoint, FastRetries, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<RpcErrorException>(() => new EthRpcClient(transport).ChainIdAsync(CancellationToken.None));

        Assert.Equal((-32000L, "nonce too low"), (error.Error.Code, error.Error.Message));
        Assert.Equal("eth_chainId was refused by the node: nonce too low (JSON-RPC error -32000)", error.Message);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task Gives_up_with_a_transport_exception_after_max_attempts_of_5xx()
    {
        var handler = new ScriptedHandler((HttpStatusCode.BadGateway, "<html>bad gateway</html>"));
        using var transport = new HttpRpcTransport(Endpoint, FastRetries, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => new EthRpcClient(transport).BlockNumberAsync(CancellationToken.None));

        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, handler.Requests);
        Assert.Contains("HTTP 502 Bad Gateway with a body that is not JSON-RPC: <html>bad gateway</html>", error.Message);
    }

    [Fact]
    public async Task Does_not_retry_a_4xx_that_is_not_json_rpc()
    {
        var handler = new ScriptedHandler((HttpStatusCode.NotFound, "no such path"));
        using var transport = new HttpRpcTransport(Endpoint, FastRetries, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => new EthRpcClient(transport).BlockNumberAsync(CancellationToken.None));

        Assert.Equal(1, error.Attempts);
        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task Unreachable_url_gives_a_transport_exception_after_bounded_retries()
    {
        using var transport = new HttpRpcTransport(new Uri($"http://127.0.0.1:{ClosedPort()}/"), FastRetries);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => new EthRpcClient(transport).ChainIdAsync(CancellationToken.None));

        Assert.Equal(4, error.Attempts);
        Assert.StartsWith($"chain at {transport.Endpoint} is unreachable: eth_chainId failed after 4 attempt(s)", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_slow_answer_times_out_per_attempt_and_is_retried()
    {
        var handler = new ScriptedHandler(delay: TimeSpan.FromSeconds(5), (HttpStatusCode.OK, """{"jsonrpc":"2.0","id":1,"result":"0x1"}"""));
        using var transport = new HttpRpcTransport(Endpoint, FastRetries with { MaxAttempts = 2, RequestTimeout = TimeSpan.FromMilliseconds(100) }, new HttpClient(handler));

        var error = await Assert.ThrowsAsync<RpcTransportException>(() => new EthRpcClient(transport).BlockNumberAsync(CancellationToken.None));

        Assert.Contains("no answer within 0.1 s", error.Message);
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public void Backoff_doubles_up_to_the_maximum()
    {
        var options = new RpcTransportOptions { InitialBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromMilliseconds(350) };

        Assert.Equal([100, 200, 350, 350], Enumerable.Range(1, 4).Select(r => options.BackoffBefore(r).TotalMilliseconds));
    }

    [Fact]
    public async Task Batch_answers_are_matched_to_requests_by_id_whatever_their_order()
    {
        var handler = new ScriptedHandler((HttpStatusCode.OK,
            """[{"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"no such method"}},{"jsonrpc":"2.0","id":1,"result":"0x10"}]"""));
        using var transport = new HttpRpcTransport(Endpoint, FastRetries, new HttpClient(handler));

        var responses = await transport.SendBatchAsync([new RpcRequest("eth_blockNumber"), new RpcRequest("eth_nothing")], CancellationToken.None);

        Assert.Equal("0x10", responses[0].As<string>("eth_blockNumber"));
        Assert.Equal(-32601, Assert.Throws<RpcErrorException>(() => responses[1].As<string>("eth_nothing")).Error.Code);
        Assert.StartsWith("""[{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}""", handler.LastBody);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Answers with the scripted responses in turn, repeating the last one.</summary>
    private sealed class ScriptedHandler(TimeSpan delay, params (HttpStatusCode Status, string Body)[] script) : HttpMessageHandler
    {
        public ScriptedHandler(params (HttpStatusCode Status, string Body)[] script)
            : this(TimeSpan.Zero, script)
        {
        }

        public int Requests { get; private set; }

        public string LastBody { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastBody = await request.Content!.ReadAsStringAsync(cancellationToken);
            var (status, body) = script[Math.Min(Requests, script.Length - 1)];
            Requests++;
            await Task.Delay(delay, cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
