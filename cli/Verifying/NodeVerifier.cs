using System.Net;
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
        var path = "api/v1/verify" + (asOf is null ? string.Empty : "?asOf=" + Uri.EscapeDataString(asOf));
        // A bare bundle, or {bundle, parents} so the node verifies the provenance chain too.
        var body = parents.Count == 0
            ? ProofBundleWriter.Write(bundle)
            : System.Text.Encoding.UTF8.GetBytes(new JsonObject
            {
                ["bundle"] = JsonNode.Parse(ProofBundleWriter.Write(bundle)),
                ["parents"] = new JsonArray([.. parents.Select(p => JsonNode.Parse(ProofBundleWriter.Write(p)))]),
            }.ToJsonString());
        var (status, answer) = await LedgerNodeHttp.SendAsync(node, path, body, cancellationToken);
        if (status != HttpStatusCode.OK)
        {
            throw LedgerNodeHttp.Refused(node, "POST /api/v1/verify", status, answer);
        }

        try
        {
            return VerificationReportJson.Deserialize(answer);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw LedgerNodeHttp.Unreadable(node, "a verification report", e);
        }
    }
}
