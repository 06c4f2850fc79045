using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Sdk.Ethereum.Signing;
using ProvenanceLedger.Sdk.Registry;

namespace ProvenanceLedger.Node.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class RelayApiTests(ApiNodeFixture node) : IDisposable
{
    private readonly HttpClient _client = node.Factory.CreateClient();
    private ApiLedgerScenario S => node.Scenario;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Signed_batch_is_relayed_202_then_anchored_and_the_same_root_again_is_idempotent()
    {
        var request = await SignedAsync(S.Registry.IssuerKey, RootOf("relay-1"));

        var accepted = await _client.PostJsonAsync("/api/v1/anchors", request, HttpStatusCode.Accepted);
        var anchored = await WaitAnchoredAsync(accepted["root"]!.GetValue<string>());
        var again = await _client.PostJsonAsync("/api/v1/anchors", request, HttpStatusCode.OK);

        var transaction = Hash32.Parse(accepted["transactionHash"]!.GetValue<string>());
        var receipt = await S.Registry.Rpc.GetTransactionReceiptAsync(transaction, CancellationToken.None);
        Assert.Equal(S.Registry.RelayerKey.Address, receipt!.From);
        Assert.Equal("PENDING", accepted["state"]!.GetValue<string>());
        Assert.Equal(receipt.BlockNumber, anchored["blockNumber"]!.GetValue<ulong>());
        Assert.Equal(transaction.ToString(), again["transactionHash"]!.GetValue<string>());
        Assert.Equal("ANCHORED", again["state"]!.GetValue<string>());
        var batch = await S.Registry.Governance.GetBatchAsync(RootOf("relay-1"));
        Assert.Equal((S.Registry.IssuerKey.Address, 4U), (batch.Issuer, batch.Count));
    }

    [Fact]
    public async Task Relay_refuses_before_spending_gas()
    {
        var root = RootOf("refused");
        var nonce = await S.Registry.Governance.NoncesAsync(S.Registry.IssuerKey.Address);
        var wrongNonce = await SignedAsync(S.Registry.IssuerKey, root, nonce: nonce + 5);
        var expired = await SignedAsync(S.Registry.IssuerKey, root, deadline: DateTimeOffset.UtcNow.AddSeconds(-10));
        var otherChain = await SignedAsync(S.Registry.IssuerKey, root) with { ChainId = 1 };
        var otherRegistry = await SignedAsync(S.Registry.IssuerKey, root) with { Registry = S.Registry.OtherKey.Address.ToString() };
        var notByIssuer = await SignedAsync(S.Registry.OtherKey, root) with { Issuer = S.Registry.IssuerKey.Address.ToString() };
        var unaccredited = await SignedAsync(S.Registry.OtherKey, root);
        var anchoredAlready = await SignedAsync(S.Registry.IssuerKey, S.A.Root);
        var badSignature = await SignedAsync(S.Registry.IssuerKey, root) with { Signature = "0x1234" };
        var balance = await S.Registry.Rpc.GetBalanceAsync(S.Registry.RelayerKey.Address, Sdk.Ethereum.Rpc.BlockParameter.Latest, CancellationToken.None);

        Assert.Equal("Wrong nonce", (await Refused(wrongNonce, HttpStatusCode.Conflict))["title"]!.GetValue<string>());
        Assert.Equal("Deadline passed", (await Refused(expired, HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
        Assert.Equal("Wrong chain", (await Refused(otherChain, HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
        Assert.Equal("Wrong registry", (await Refused(otherRegistry, HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
        Assert.Equal("Signature not by the issuer", (await Refused(notByIssuer, HttpStatusCode.Forbidden))["title"]!.GetValue<string>());
        Assert.Equal("Issuer not accredited", (await Refused(unaccredited, HttpStatusCode.Forbidden))["title"]!.GetValue<string>());
        Assert.Equal("Already anchored", (await Refused(anchoredAlready, HttpStatusCode.Conflict))["title"]!.GetValue<string>());
        Assert.Equal("Malformed signature", (await Refused(badSignature, HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
        Assert.Equal(balance, await S.Registry.Rpc.GetBalanceAsync(S.Registry.RelayerKey.Address, Sdk.Ethereum.Rpc.BlockParameter.Latest, CancellationToken.None));
        await _client.GetProblemAsync($"/api/v1/anchors/{root}", HttpStatusCode.NotFound);
        await _client.GetProblemAsync("/api/v1/anchors/0xnothex", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Malformed_json_body_is_a_400_problem()
    {
        using var content = new StringContent("{\"chainId\": \"x\"", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/api/v1/anchors", UriKind.Relative), content);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Malformed JSON", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Issuer_quota_is_enforced_per_issuer()
    {
        // The fixture's node allows 3 relayed batches per issuer; the other relay test uses one.
        using var factory = node.CreateFactory(new Dictionary<string, string?>
        {
            ["Relay:KeystorePath"] = node.KeystorePath,
            ["Relay:PasswordFile"] = node.PasswordFile,
            ["Relay:BatchesPerIssuer"] = "1",
        });
        using var client = factory.CreateClient();
        await node.WaitForBlockAsync(S.LastBlock, factory);

        var first = await client.PostJsonAsync("/api/v1/anchors", await SignedAsync(S.Registry.IssuerKey, RootOf("quota-1")), HttpStatusCode.Accepted);
        await WaitAnchoredAsync(first["root"]!.GetValue<string>(), client);
        var second = await client.PostJsonAsync("/api/v1/anchors", await SignedAsync(S.Registry.IssuerKey, RootOf("quota-2")), HttpStatusCode.TooManyRequests);

        Assert.Equal("Relay quota exhausted", second["title"]!.GetValue<string>());
    }

    private async Task<JsonNode> Refused(Relay.AnchorRequest request, HttpStatusCode expected) =>
        await _client.PostJsonAsync("/api/v1/anchors", request, expected);

    private async Task<JsonNode> WaitAnchoredAsync(string root, HttpClient? client = null)
    {
        for (var i = 0; i < 200; i++)
        {
            var anchor = await (client ?? _client).GetJsonAsync($"/api/v1/anchors/{root}");
            if (anchor["state"]!.GetValue<string>() != "PENDING")
            {
                Assert.Equal("ANCHORED", anchor["state"]!.GetValue<string>());
                return anchor;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"batch {root} stayed pending");
    }

    private async Task<Relay.AnchorRequest> SignedAsync(EthereumKey signer, Hash32 root, System.Numerics.BigInteger? nonce = null, DateTimeOffset? deadline = null)
    {
        var message = new AnchorBatchMessage(root, ApiLedgerScenario.CertificateType, 4, "https://ihk.example/relayed",
            nonce ?? await S.Registry.Governance.NoncesAsync(signer.Address), deadline ?? DateTimeOffset.UtcNow.AddHours(1));
        var domain = await S.Registry.Governance.GetDomainAsync();
        var signature = message.Sign(signer, domain);
        return new Relay.AnchorRequest(domain.ChainId, domain.Registry.ToString(), signer.Address.ToString(), root.ToString(), message.DocType.ToString(),
            message.Count, message.Uri, message.Nonce.ToString(CultureInfo.InvariantCulture), message.Deadline.ToUnixTimeSeconds(), Hex.Encode(signature.ToBytes()));
    }

    private static Hash32 RootOf(string label) => Keccak256.Hash(System.Text.Encoding.UTF8.GetBytes("api-relay-test:" + label));
}
