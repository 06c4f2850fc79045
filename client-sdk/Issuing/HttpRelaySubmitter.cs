using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Sdk.Issuing;

/// <summary>
/// Anchors through a ledger node's relay (POST /api/v1/anchors): the node checks the issuer's signed batch and
/// pays the gas, so the issuer needs no ether. <see cref="SubmitAsync"/> waits until the node reports the batch
/// anchored (GET /api/v1/anchors/{root}). A refusal carries the node's problem title and detail.
/// </summary>
public sealed class HttpRelaySubmitter : IAnchorSubmitter
{
    private readonly HttpClient _http;
    private readonly Uri _node;
    private readonly TimeSpan _pollInterval;
    private readonly TimeSpan _timeout;

    /// <summary>A submitter relaying through the node at <paramref name="node"/> (e.g. http://127.0.0.1:5080/).</summary>
    /// <param name="http">The HTTP client (owned by the caller).</param>
    /// <param name="node">The node's base address.</param>
    /// <param name="pollInterval">How often to ask whether the batch is mined (default 250 ms).</param>
    /// <param name="timeout">How long to wait for it (default 2 minutes).</param>
    public HttpRelaySubmitter(HttpClient http, Uri node, TimeSpan? pollInterval = null, TimeSpan? timeout = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        ArgumentNullException.ThrowIfNull(node);
        _node = node.AbsoluteUri.EndsWith('/') ? node : new Uri(node.AbsoluteUri + "/");
        _pollInterval = pollInterval ?? TimeSpan.FromMilliseconds(250);
        _timeout = timeout ?? TimeSpan.FromMinutes(2);
    }

    /// <inheritdoc />
    public async Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken)
    {
        var terms = await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_node, $"api/v1/anchors/terms/{issuer}")), cancellationToken);
        return new AnchorTerms(
            new RegistryDomain(Number(terms, "chainId"), Address.Parse(Text(terms, "registry"))),
            BigInteger.Parse(Text(terms, "nonce"), NumberStyles.None, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    public async Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var message = batch.Message;
        var body = new JsonObject
        {
            ["chainId"] = batch.Domain.ChainId,
            ["registry"] = batch.Domain.Registry.ToString(),
            ["issuer"] = batch.Issuer.ToString(),
            ["root"] = message.Root.ToString(),
            ["docType"] = message.DocType.ToString(),
            ["count"] = message.Count,
            ["uri"] = message.Uri,
            ["nonce"] = message.Nonce.ToString(CultureInfo.InvariantCulture),
            ["deadline"] = message.Deadline.ToUnixTimeSeconds(),
            ["signature"] = Hex.Encode(batch.Signature.ToBytes()),
        };
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(_node, "api/v1/anchors")) { Content = JsonContent.Create(body) }, cancellationToken);

        var deadline = DateTimeOffset.UtcNow + _timeout;
        while (true)
        {
            var anchor = await SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_node, $"api/v1/anchors/{message.Root}")), cancellationToken);
            switch (Text(anchor, "state"))
            {
                case "ANCHORED":
                    return new AnchorRecord(batch.Domain.ChainId, batch.Domain.Registry, Hash32.Parse(Text(anchor, "transactionHash")),
                        Number(anchor, "blockNumber"), anchor["blockTime"]!.GetValue<DateTimeOffset>());
                case "FAILED":
                    throw new IssuingException($"the relay at {_node} could not anchor batch {message.Root}: {anchor["reason"]?.GetValue<string>()}");
                default:
                    if (DateTimeOffset.UtcNow > deadline)
                    {
                        throw new IssuingException($"batch {message.Root} was sent by the relay at {_node} but not mined within {_timeout}; ask GET /api/v1/anchors/{message.Root} later");
                    }

                    await Task.Delay(_pollInterval, cancellationToken);
                    break;
            }
        }
    }

    private async Task<JsonObject> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw new IssuingException($"the relay at {_node} cannot be reached: {e.Message}", e);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                JsonObject? json;
                try
                {
                    json = JsonNode.Parse(text) as JsonObject;
                }
                catch (JsonException)
                {
                    json = null;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var problem = json is null ? text : $"{json["title"]?.GetValue<string>()}: {json["detail"]?.GetValue<string>()}";
                    throw new IssuingException($"the relay at {_node} refused ({(int)response.StatusCode}) {problem}");
                }

                return json ?? throw new IssuingException($"the relay at {_node} answered {(int)response.StatusCode} without a JSON object");
            }
        }
    }

    private static string Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new IssuingException($"the relay's answer has no '{name}'");

    private static ulong Number(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<ulong>(out var number) ? number : throw new IssuingException($"the relay's answer has no '{name}' number");
}
