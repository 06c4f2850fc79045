using System.Net;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Documents;
using ProvenanceLedger.Sdk.Documents.Samples;
using ProvenanceLedger.Sdk.Issuing;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Node.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class HttpRelaySubmitterTests(ApiNodeFixture node) : IDisposable
{
    private readonly HttpClient _client = node.Factory.CreateClient();
    private ApiLedgerScenario S => node.Scenario;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Issuing_through_the_node_relay_anchors_paid_by_the_relayer_and_the_bundles_verify()
    {
        var generator = new SampleDocumentGenerator(4242);
        var documents = Enumerable.Range(0, 2)
            .Select(_ => generator.CertificateOfOrigin())
            .Select(d => new TradeDocument(d.Type, d.Id, new DocumentIssuer(S.Registry.IssuerKey.Address, d.Issuer.Name), d.IssuedAt, [], d.Body))
            .ToList();
        var issuer = new DocumentBatchIssuer(S.Registry.IssuerKey, new HttpRelaySubmitter(_client, _client.BaseAddress!, TimeSpan.FromMilliseconds(20)));

        var bundles = await issuer.IssueAsync(documents);

        var receipt = await S.Registry.Rpc.GetTransactionReceiptAsync(bundles[0].Anchor.TransactionHash, CancellationToken.None);
        Assert.Equal(S.Registry.RelayerKey.Address, receipt!.From);
        Assert.Equal((receipt.BlockNumber, S.Registry.Governance.Address), (bundles[0].Anchor.BlockNumber, bundles[0].Anchor.Registry));
        await node.WaitForBlockAsync(receipt.BlockNumber);
        using var content = new ByteArrayContent(ProofBundleWriter.Write(bundles[1]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync(new Uri("/api/v1/verify", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("VALID", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refusal_carries_the_nodes_problem()
    {
        var submitter = new HttpRelaySubmitter(_client, _client.BaseAddress!);
        var terms = await submitter.PrepareAsync(S.Registry.OtherKey.Address, CancellationToken.None);
        var message = new Sdk.Registry.AnchorBatchMessage(S.Unknown, ApiLedgerScenario.CertificateType, 1, "", terms.Nonce, DateTimeOffset.UtcNow.AddHours(1));

        var error = await Assert.ThrowsAsync<IssuingException>(() =>
            submitter.SubmitAsync(new SignedAnchorBatch(message, S.Registry.OtherKey.Address, message.Sign(S.Registry.OtherKey, terms.Domain), terms.Domain), CancellationToken.None));

        Assert.Equal((31337UL, S.Registry.Governance.Address), (terms.Domain.ChainId, terms.Domain.Registry));
        Assert.Contains("refused (403) Issuer not accredited", error.Message, StringComparison.Ordinal);
    }
}
