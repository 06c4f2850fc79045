using System.Net;
using System.Net.Http.Headers;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.IntegrationTests.Node;

/// <summary>
/// A JSON-RPC forwarder on a free loopback port that holds every request for a fixed delay before passing it to
/// the chain: catching up then takes seconds rather than the moment a fast machine needs, so a test can stop the
/// node in the middle of it whatever the machine's speed.
/// </summary>
internal sealed class SlowRpcProxy : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _chain = new();
    private readonly Uri _target;
    private readonly TimeSpan _delay;
    private readonly Task _accepting;

    public SlowRpcProxy(Uri target, TimeSpan delay)
    {
        _target = target;
        _delay = delay;
        Url = FreePort.LoopbackUrl();
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>Where the node is to send its requests.</summary>
    public Uri Url { get; }

    public void Dispose()
    {
        _listener.Close();
        _accepting.Wait(TimeSpan.FromSeconds(5)); // the close fails the pending accept, which ends the loop
        _chain.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && !_listener.IsListening)
            {
                return; // closed by Dispose
            }

            _ = ForwardAsync(context);
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            await Task.Delay(_delay);
            using var content = new ByteArrayContent(body.ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var answer = await _chain.PostAsync(_target, content);
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            context.Response.StatusCode = (int)answer.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The node was killed mid-request (what the test does on purpose): nobody is left to answer.
            context.Response.Abort();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // The chain did not answer: say so to the node at once (a 502 it logs and retries), rather than leave it
            // waiting out its own RPC timeout with no clue why.
            TryAnswer(context, HttpStatusCode.BadGateway);
        }
    }

    private static void TryAnswer(HttpListenerContext context, HttpStatusCode status)
    {
        try
        {
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The node is gone too.
            context.Response.Abort();
        }
    }
}
