using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Cli.Issuing;

/// <summary>
/// Anchors through a ledger node's relay (POST /api/v1/anchors, then GET /api/v1/anchors/{root} until it is
/// mined): the node's account pays the gas, so the issuer needs no ether. The signing terms (domain and nonce)
/// are read from the registry itself.
/// </summary>
internal sealed class HttpRelaySubmitter(Uri relayer, RegistryClient registry) : IAnchorSubmitter
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public async Task<AnchorTerms> PrepareAsync(Address issuer, CancellationToken cancellationToken) =>
        new(await registry.GetDomainAsync(cancellationToken), await registry.NoncesAsync(issuer, cancellationToken: cancellationToken));

    public async Task<AnchorRecord> SubmitAsync(SignedAnchorBatch batch, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = relayer, Timeout = TimeSpan.FromSeconds(30) };
        var message = batch.Message;
        var request = new JsonObject
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
            ["signature"] = batch.Signature.ToString(),
        };
        using (var posted = await http.PostAsJsonAsync("api/v1/anchors", request, cancellationToken))
        {
            if (!posted.IsSuccessStatusCode)
            {
                throw new IssuingException($"the relay at {relayer} refused batch {message.Root}: {(int)posted.StatusCode} {await ProblemAsync(posted, cancellationToken)}");
            }
        }

        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            using var state = await http.GetAsync($"api/v1/anchors/{message.Root}", cancellationToken);
            if (!state.IsSuccessStatusCode)
            {
                throw new IssuingException($"the relay at {relayer} lost batch {message.Root}: {(int)state.StatusCode} {await ProblemAsync(state, cancellationToken)}");
            }

            var json = JsonNode.Parse(await state.Content.ReadAsStringAsync(cancellationToken))!;
            switch (((string?)json["state"])?.ToUpperInvariant())
            {
                case "ANCHORED":
                    return new AnchorRecord(batch.Domain.ChainId, batch.Domain.Registry, Hash32.Parse((string)json["transactionHash"]!),
                        json["blockNumber"]!.GetValue<ulong>(), DateTimeOffset.Parse((string)json["blockTime"]!, CultureInfo.InvariantCulture));
                case "FAILED":
                    throw new IssuingException($"the relay at {relayer} could not anchor batch {message.Root}: {(string?)json["reason"]}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new IssuingException($"the relay at {relayer} did not anchor batch {message.Root} within {Patience.TotalMinutes:0} minutes; run the command again later (the journal avoids a second anchor)");
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            var problem = JsonNode.Parse(body);
            return (string?)problem?["detail"] ?? (string?)problem?["title"] ?? body;
        }
        catch (JsonException)
        {
            return body.Length > 300 ? body[..300] : body;
        }
    }
}
