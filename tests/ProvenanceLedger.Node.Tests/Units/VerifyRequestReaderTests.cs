using System.Text;
using Microsoft.AspNetCore.Http;
using ProvenanceLedger.Node.Api;
using ProvenanceLedger.Sdk.Ethereum;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Units;

/// <summary>The JSON body of POST /api/v1/verify read without a node: bundles located by one scan and parsed from their bytes.</summary>
public class VerifyRequestReaderTests
{
    private static readonly string Golden = File.ReadAllText(RepositoryRoot.Combine(
        "tests", "ProvenanceLedger.Sdk.Tests", "Proofs", "Golden", "certificate-of-origin.provenance.json"));

    private static readonly Hash32 GoldenHash = Hash32.Parse("0x528eaf4735cb44cad05961a101eb8d5c844e7b8dce1d570cc5192cfde7355ac9");

    private static (Sdk.Proofs.ProofBundle Bundle, IReadOnlyList<Sdk.Proofs.ProofBundle> Parents) Read(string body) =>
        VerifyRequestReader.Body(Encoding.UTF8.GetBytes(body));

    private static ApiInputException Fails(string body) => Assert.Throws<ApiInputException>(() => Read(body));

    [Fact]
    public void A_bare_bundle_is_the_bundle_with_no_parents()
    {
        var (bundle, parents) = Read(Golden);

        Assert.Equal(GoldenHash, bundle.DocumentHash);
        Assert.Equal(6, bundle.Batch.Size);
        Assert.Empty(parents);
    }

    [Fact]
    public void A_wrapper_gives_the_bundle_and_every_parent_in_order_whatever_the_member_order()
    {
        var parent = Golden.Replace("CO-format1-public-0", "CO-parent", StringComparison.Ordinal);

        var (bundle, parents) = Read($" {{ \"parents\": [{parent}, {Golden}], \"note\": {{\"x\": [1, 2]}}, \"bundle\": {Golden} }} ");

        Assert.Equal(GoldenHash, bundle.DocumentHash);
        Assert.Equal(2, parents.Count);
        Assert.Equal("CO-parent", parents[0].Document["id"]!.GetValue<string>());
        Assert.Equal("CO-format1-public-0", parents[1].Document["id"]!.GetValue<string>());
    }

    [Fact]
    public void The_read_bundle_does_not_share_the_request_buffer()
    {
        var body = Encoding.UTF8.GetBytes($"{{\"bundle\": {Golden}}}");
        var (bundle, _) = VerifyRequestReader.Body(body);

        Array.Fill(body, (byte)' ');

        Assert.Equal("CO-format1-public-0", bundle.Document["id"]!.GetValue<string>());
        Assert.Equal(GoldenHash, bundle.DocumentHash);
    }

    [Theory]
    [InlineData("", "Malformed JSON", 400)]
    [InlineData("{\"format\": ", "Malformed JSON", 400)]
    [InlineData("{\"bundle\": {}} x", "Malformed JSON", 400)]
    [InlineData("{\"bundle\": {}, }", "Malformed JSON", 400)]
    [InlineData("[1, 2]", "Not a proof bundle", 422)]
    [InlineData("\"text\"", "Not a proof bundle", 422)]
    [InlineData("{\"bundle\": 5}", "Not a readable proof bundle", 422)]
    [InlineData("{\"bundle\": {}, \"parents\": {}}", "Malformed parents", 422)]
    [InlineData("{\"format\": \"provenance-bundle/2\"}", "Unsupported bundle version", 422)]
    public void Bad_bodies_get_the_problem_that_says_what_is_wrong(string body, string title, int status)
    {
        var problem = Fails(body);

        Assert.Equal(title, problem.Title);
        Assert.Equal(status, problem.StatusCode);
    }

    [Fact]
    public void A_bad_parent_is_named_by_its_position()
    {
        var problem = Fails($"{{\"bundle\": {Golden}, \"parents\": [{Golden}, {{\"format\": \"provenance-bundle/1\"}}]}}");

        Assert.Equal("Not a readable proof bundle", problem.Title);
        Assert.Equal("In parents[1]: member '/batch' is missing.", problem.Message);
    }

    // Bundles that are well-formed JSON but wrong in one member: the one-line problem names the member.
    [Theory]
    [InlineData("\"0xd75d601e3e5df4ac025c282fe765a689e78443723eb668c24cbaf4d618577c61\"", "\"0xD75D601E3E5DF4AC025C282FE765A689E78443723EB668C24CBAF4D618577C61\"",
        "In the body: member '/salts/~1type' is '0xD75D601E3E5DF4AC025C282FE765A689E78443723EB668C24CBAF4D618577C61'; expected 0x-prefixed lower-case hex of 32 bytes.")]
    [InlineData("\"size\": 6\n", "\"size\": 0\n", "In the body: member '/batch/size' is 0; a batch holds 1 to 2147483647 documents.")]
    [InlineData("\"role\": \"issuer\"", "\"role\": \"\"", "In the body: member '/signatures/0/role' must be a non-empty string.")]
    [InlineData("\"blockNumber\":", "\"note\": 1, \"blockNumber\":", "In the body: member '/anchor/note' is not part of provenance-bundle/1; remove it.")]
    public void A_bundle_wrong_in_one_member_gets_the_problem_naming_it(string plain, string wrong, string message)
    {
        Assert.Contains(plain, Golden, StringComparison.Ordinal);

        var problem = Fails(Golden.Replace(plain, wrong, StringComparison.Ordinal));

        Assert.Equal(("Not a readable proof bundle", 422, message), (problem.Title, problem.StatusCode, problem.Message));
    }

    [Fact]
    public async Task A_body_of_declared_length_is_read_from_the_stream()
    {
        var bytes = Encoding.UTF8.GetBytes(Golden);
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json; charset=utf-8";
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);

        var (bundle, parents) = await VerifyRequestReader.ReadAsync(context.Request, CancellationToken.None);

        Assert.Equal(GoldenHash, bundle.DocumentHash);
        Assert.Empty(parents);
    }
}
