using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProvenanceLedger.Sdk.Ethereum.Rpc;

/// <summary>
/// JSON-RPC over HTTP POST. Transport faults (connection refused, timeout, HTTP 5xx and 429, a body that is
/// not JSON-RPC) are retried with exponential backoff up to <see cref="RpcTransportOptions.MaxAttempts"/>;
/// a JSON-RPC error answer is never retried, whatever the HTTP status, because the node did answer.
/// </summary>
public sealed class HttpRpcTransport : IRpcTransport, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly RpcTransportOptions _options;
    private long _nextId;

    /// <summary>Creates a transport for <paramref name="endpoint"/>; a given <paramref name="http"/> is not disposed by it.</summary>
    public HttpRpcTransport(Uri endpoint, RpcTransportOptions? options = null, HttpClient? http = null)
    {
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _options = options ?? new RpcTransportOptions();
        if (_options.MaxAttempts < 1)
        {
            throw new ArgumentException("MaxAttempts must be at least 1", nameof(options));
        }

        _ownsHttp = http is null;
        // Each attempt has its own timeout (RequestTimeout), so HttpClient's own must not cut in first.
        _http = http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The RPC URL.</summary>
    public Uri Endpoint { get; }

    /// <inheritdoc />
    public async Task<T> SendRequestAsync<T>(RpcRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = Interlocked.Increment(ref _nextId);
        var body = await PostAsync(request.Method, Envelope(request, id).ToJsonString(), cancellationToken);
        if (body is not JsonObject answer)
        {
            throw new RpcTransportException(Endpoint, request.Method, 1, $"answer is not a JSON-RPC object: {Shorten(body?.ToJsonString())}");
        }

        return ToResponse(answer).As<T>(request.Method);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RpcResponse>> SendBatchAsync(IReadOnlyList<RpcRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return [];
        }

        var firstId = Interlocked.Add(ref _nextId, requests.Count) - requests.Count + 1;
        var payload = new JsonArray([.. requests.Select((r, i) => (JsonNode)Envelope(r, firstId + i))]);
        var body = await PostAsync("batch", payload.ToJsonString(), cancellationToken);
        if (body is not JsonArray answers)
        {
            // A node that refuses the whole batch answers with one error object.
            if (body is JsonObject single && single["error"] is not null)
            {
                throw new RpcErrorException("batch", ToResponse(single).Error!);
            }

            throw new RpcTransportException(Endpoint, "batch", 1, $"answer is not a JSON-RPC batch: {Shorten(body?.ToJsonString())}");
        }

        var byId = new Dictionary<long, RpcResponse>();
        foreach (var answer in answers.OfType<JsonObject>())
        {
            if (answer["id"] is JsonValue idValue && idValue.TryGetValue<long>(out var answerId))
            {
                byId[answerId] = ToResponse(answer);
            }
        }

        var responses = new RpcResponse[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            responses[i] = byId.TryGetValue(firstId + i, out var response)
                ? response
                : throw new RpcTransportException(Endpoint, "batch", 1, $"the answer has no response for request {i} ({requests[i].Method})");
        }

        return responses;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static JsonObject Envelope(RpcRequest request, long id) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["method"] = request.Method,
        ["params"] = JsonSerializer.SerializeToNode(request.Parameters),
    };

    private static RpcResponse ToResponse(JsonObject answer)
    {
        if (answer["error"] is JsonObject error)
        {
            var code = error["code"] is JsonValue c && c.TryGetValue<long>(out var number) ? number : 0;
            var message = error["message"] is JsonValue m && m.TryGetValue<string>(out var text) ? text : "(no message)";
            JsonElement? data = error["data"] is { } d ? JsonSerializer.SerializeToElement(d) : null;
            return new RpcResponse(default, new RpcError(code, message, data));
        }

        return new RpcResponse(JsonSerializer.SerializeToElement(answer["result"]), null);
    }

    /// <summary>Posts the payload, retrying transport faults; returns the parsed JSON-RPC answer.</summary>
    private async Task<JsonNode?> PostAsync(string method, string payload, CancellationToken cancellationToken)
    {
        var problem = "";
        Exception? lastError = null;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(_options.BackoffBefore(attempt - 1), cancellationToken);
            }

            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(_options.RequestTimeout);
            try
            {
                using var content = new StringContent(payload, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await _http.PostAsync(Endpoint, content, attemptTimeout.Token);
                var text = await response.Content.ReadAsStringAsync(attemptTimeout.Token);
                if (TryParseJsonRpc(text, out var answer))
                {
                    return answer;
                }

                problem = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase} with a body that is not JSON-RPC: {Shorten(text)}";
                lastError = null;
                if (!IsRetryable(response.StatusCode))
                {
                    throw new RpcTransportException(Endpoint, method, attempt, problem);
                }
            }
            catch (HttpRequestException e)
            {
                problem = e.Message;
                lastError = e;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                problem = $"no answer within {_options.RequestTimeout.TotalSeconds:0.###} s";
                lastError = e;
            }
        }

        throw new RpcTransportException(Endpoint, method, _options.MaxAttempts, problem, lastError);
    }

    private static bool IsRetryable(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests;

    private static bool TryParseJsonRpc(string text, out JsonNode? answer)
    {
        answer = null;
        try
        {
            answer = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return false;
        }

        return answer is JsonArray || answer is JsonObject o && (o.ContainsKey("result") || o.ContainsKey("error"));
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 200 ? text : text[..197] + "...";
}
