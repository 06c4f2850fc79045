using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ProvenanceLedger.Bench.Support;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Bench.Peer;

/// <summary>
/// Our ledger node's verification API: POST /api/v1/verify with a bundle file's bytes, over the benchmarks' lean
/// HTTP/1.1 client. It runs on the same two cores as the node, so its own CPU per request must stay small: an
/// <c>HttpClient</c> loop (request and content objects, header collections, the report read as a string and parsed)
/// cost about as much CPU as the node's verification itself and halved the measured throughput.
/// </summary>
internal sealed class ApiVerification(LedgerNodeProcess node) : IDisposable
{
    // One kept-alive connection per verification in flight, reused by the next one; as many as were ever in flight.
    private readonly ConcurrentQueue<RawHttpConnection> _idle = new();

    /// <summary>The whole HTTP request that posts a bundle file; built before a timed loop, so the loop copies nothing.</summary>
    public VerifyRequest RequestFor(byte[] bundleFile) => new(RawHttpConnection.Request("POST", "/api/v1/verify", node.Endpoint, bundleFile));

    /// <summary>Posts a bundle (as its file bytes) and requires the VALID verdict.</summary>
    public Task VerifyValidAsync(byte[] bundleFile, CancellationToken cancellationToken) => SendValidAsync(RequestFor(bundleFile), cancellationToken);

    /// <summary>Sends a request made by <see cref="RequestFor"/> and requires the VALID verdict.</summary>
    public async Task SendValidAsync(VerifyRequest request, CancellationToken cancellationToken)
    {
        var connection = _idle.TryDequeue(out var idle) ? idle : new RawHttpConnection(node.Endpoint);
        try
        {
            var response = await connection.SendAsync(request.Bytes, cancellationToken);
            RequireValid(response);
            _idle.Enqueue(connection);
        }
        catch
        {
            // A connection that failed mid-response holds an unknown state: never reuse it.
            connection.Dispose();
            throw;
        }
    }

    public Task VerifyValidAsync(ProofBundle bundle, CancellationToken cancellationToken) =>
        VerifyValidAsync(ProofBundleWriter.Write(bundle), cancellationToken);

    public void Dispose()
    {
        while (_idle.TryDequeue(out var connection))
        {
            connection.Dispose();
        }
    }

    /// <summary>Requires 200 and a report whose verdict (its first member) is VALID, without parsing the whole report.</summary>
    private static void RequireValid(RawHttpResponse response)
    {
        if (response.Status != 200)
        {
            throw new InvalidOperationException($"POST /api/v1/verify answered {response.Status}: {Encoding.UTF8.GetString(response.Body.Span)}");
        }

        if (Verdict(response.Body.Span) is not "VALID")
        {
            using var report = JsonDocument.Parse(response.Body);
            throw new InvalidOperationException(
                $"POST /api/v1/verify found a document {report.RootElement.GetProperty("verdict").GetString()}: {report.RootElement.GetProperty("summary").GetString()}");
        }
    }

    private static string? Verdict(ReadOnlySpan<byte> report)
    {
        var reader = new Utf8JsonReader(report);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("verdict"u8))
            {
                reader.Read();
                return reader.GetString();
            }

            if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return null;
    }
}

/// <summary>The bytes of one POST /api/v1/verify request, headers and bundle.</summary>
internal readonly record struct VerifyRequest(byte[] Bytes);
