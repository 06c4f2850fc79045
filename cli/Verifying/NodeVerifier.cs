using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ProvenanceLedger.Cli.Infrastructure;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Verification;

namespace ProvenanceLedger.Cli.Verifying;

/// <summary>
/// Verification through a ledger node: POST the bundle to <c>/api/v1/verify</c> and read back the same
/// report the SDK builds, so the output is identical whichever way it was verified.
/// </summary>
internal static class NodeVerifier
{
    public static async Task<VerificationReport> VerifyAsync(Uri node, ProofBundle bundle, IReadOnlyList<ProofBundle> parents, string? asOf, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
        var path = "api/v1/verify" + (asOf is null ? string.Empty : "?asOf=" + Uri.EscapeDataString(asOf));
        // A bare bundle, or {bundle, parents} so the node verifies the provenance chain too.
        var body = parents.Count == 0
            ? ProofBundleWriter.Write(bundle)
            : System.Text.Encoding.UTF8.GetBytes(new JsonObject
            {
                ["bundle"] = JsonNode.Parse(ProofBundleWriter.Write(bundle)),
                ["parents"] = new JsonArray([.. parents.Select(p => JsonNode.Parse(ProofBundleWriter.Write(p)))]),
            }.ToJsonString());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(path, content, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliException($"the node at {node} answered {(int)response.StatusCode} to POST /api/v1/verify: {Shorten(answer)}; check --node");
        }

        try
        {
            return VerificationReportJson.Deserialize(answer);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new CliException($"the node at {node} answered something that is not a verification report ({e.Message}); check --node", innerException: e);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
