using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>Our ledger node's verification API: POST /api/v1/verify with a bundle file's bytes.</summary>
internal sealed class ApiVerification : IDisposable
{
    private static readonly Uri VerifyPath = new("api/v1/verify", UriKind.Relative);
    private readonly HttpClient _http;

    public ApiVerification(Uri baseAddress)
    {
        // Enough connections for every verification in flight; the default pool would queue them.
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Posts a bundle (as its file bytes) and requires the VALID verdict.</summary>
    public async Task VerifyValidAsync(byte[] bundleFile, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(bundleFile);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync(VerifyPath, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"POST /api/v1/verify answered {(int)response.StatusCode}: {body}");
        }

        using var report = JsonDocument.Parse(body);
        var verdict = report.RootElement.GetProperty("verdict").GetString();
        if (verdict != "VALID")
        {
            throw new InvalidOperationException($"POST /api/v1/verify found a document {verdict}: {report.RootElement.GetProperty("summary").GetString()}");
        }
    }

    public Task VerifyValidAsync(ProofBundle bundle, CancellationToken cancellationToken) =>
        VerifyValidAsync(ProofBundleWriter.Write(bundle), cancellationToken);

    /// <summary>Waits until the node has indexed the batch <paramref name="root"/> (GET /api/v1/batches/{root} answers 200).</summary>
    public async Task WaitUntilIndexedAsync(Hash32 root, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = new Uri($"api/v1/batches/{root}", UriKind.Relative);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            using var response = await _http.GetAsync(path, deadline.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            // 404: the batch is not indexed yet; 503: the node has not read its first range yet.
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.ServiceUnavailable))
            {
                throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(deadline.Token)}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    public void Dispose() => _http.Dispose();
}
