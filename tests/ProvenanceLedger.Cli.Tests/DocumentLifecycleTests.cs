using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

[Collection(ChainCollection.Name)]
public sealed class DocumentLifecycleTests(HardhatChainFixture chain) : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_redacted_bundle_keeps_its_hash_hides_the_fields_and_still_verifies()
    {
        await IssueAsync(2);

        var redacted = await _cli.RunAsync("redact", "bundles/CO-2026-000001.provenance.json", "--field", "/body/invoice", "--field", "/body/importer/address", "--json");
        var verified = await _cli.RunAsync("verify", "bundles/CO-2026-000001.redacted.provenance.json", "--json");

        Assert.Equal(0, redacted.ExitCode);
        var original = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000001.provenance.json"), CancellationToken.None);
        var hidden = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000001.redacted.provenance.json"), CancellationToken.None);
        Assert.Equal(original.DocumentHash, hidden.DocumentHash);
        Assert.Equal(original.DocumentHash.ToString(), (string)JsonNode.Parse(redacted.Output)!["documentHash"]!);
        Assert.Equal(original.Salts.Count - 3, hidden.Salts.Count);
        Assert.True(hidden.Document["body"]!["invoice"]!.AsObject().ContainsKey("$redacted"));
        Assert.DoesNotContain("/body/importer/address", hidden.Salts.Keys);
        Assert.Equal(0, verified.ExitCode);
        Assert.Equal("VALID", (string)JsonNode.Parse(verified.Output)!["verdict"]!);
    }

    [Fact]
    public async Task A_tampered_bundle_fails_verification_with_exit_1_and_cannot_be_redacted()
    {
        await IssueAsync(1);
        var path = _cli.PathOf("bundles/CO-2026-000001.provenance.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        json["document"]!["body"]!["items"]![0]!["description"] = "Gold bars";
        await File.WriteAllTextAsync(path, json.ToJsonString());

        var verified = await _cli.RunAsync("verify", path);
        var redacted = await _cli.RunAsync("redact", path, "--field", "/body/invoice");

        Assert.Equal(1, verified.ExitCode);
        Assert.StartsWith("INVALID: certificate-of-origin CO-2026-000001 — The document and its salts hash to ", verified.OutputLines[0]);
        Assert.Contains("integrity FAIL", VerifyOutput.CheckLines(verified));
        Assert.Equal(1, redacted.ExitCode);
        Assert.StartsWith($"error: bundle {path} is tampered: its document hashes to ", redacted.Error);
    }

    [Fact]
    public async Task A_malformed_bundle_is_invalid_with_one_line()
    {
        await File.WriteAllTextAsync(_cli.PathOf("broken.provenance.json"), "{\"format\":\"provenance-bundle/9\"}");

        var run = await _cli.RunAsync("verify", "broken.provenance.json", "--rpc", "http://127.0.0.1:9", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: invalid proof bundle: ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Revoking_a_document_makes_it_invalid_and_its_history_shows_anchor_and_revocation()
    {
        await IssueAsync(3);

        var revoked = await _cli.RunAsync("revoke", "bundles/CO-2026-000002.provenance.json", "--reason", "IssuedInError", "--key", "issuer");
        var verified = await _cli.RunAsync("verify", "bundles/CO-2026-000002.provenance.json");
        var sibling = await _cli.RunAsync("verify", "bundles/CO-2026-000003.provenance.json");
        var history = JsonNode.Parse((await _cli.RunAsync("history", "bundles/CO-2026-000002.provenance.json", "--json")).Output)!.AsArray();

        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(1, verified.ExitCode);
        Assert.Contains("revocation FAIL", VerifyOutput.CheckLines(verified));
        Assert.Equal(0, sibling.ExitCode);
        var issuer = DeployedLedger.Issuer(chain).Address;
        Assert.Equal(["anchored", "revoked"], history.Select(h => (string)h!["event"]!));
        Assert.Equal($"Document revoked by {issuer}, reason IssuedInError.", (string)history[1]!["details"]!);
    }

    [Fact]
    public async Task History_from_an_unreachable_node_says_so_in_one_line_and_exits_2()
    {
        var run = await _cli.RunAsync("history", "0x" + new string('7', 64), "--node", "http://127.0.0.1:9/");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: cannot reach the ledger node at http://127.0.0.1:9/ (", Assert.Single(run.ErrorLines));
        Assert.EndsWith("check --node or start it with `provenance dev up`", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Revoking_the_whole_batch_invalidates_every_document()
    {
        await IssueAsync(2);

        await _cli.RunAsync("revoke", "bundles/CO-2026-000001.provenance.json", "--reason", "KeyCompromise", "--whole-batch", "--key", "governance");

        Assert.Equal(1, (await _cli.RunAsync("verify", "bundles/CO-2026-000002.provenance.json")).ExitCode);
    }

    [Fact]
    public async Task Supersession_marks_the_old_document_and_both_histories_show_it()
    {
        await IssueAsync(2);
        var old = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000001.provenance.json"), CancellationToken.None);
        var replacement = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000002.provenance.json"), CancellationToken.None);

        var superseded = await _cli.RunAsync("supersede", "bundles/CO-2026-000001.provenance.json", "bundles/CO-2026-000002.provenance.json", "--key", "issuer");
        var oldHistory = JsonNode.Parse((await _cli.RunAsync("history", old.DocumentHash.ToString(), "--json")).Output)!.AsArray();
        var newHistory = JsonNode.Parse((await _cli.RunAsync("history", replacement.DocumentHash.ToString(), "--json")).Output)!.AsArray();
        var verified = await _cli.RunAsync("verify", "bundles/CO-2026-000001.provenance.json");

        Assert.Equal(0, superseded.ExitCode);
        Assert.Equal([("superseded", $"Superseded by {replacement.DocumentHash}.")], oldHistory.Select(h => ((string)h!["event"]!, (string)h["details"]!)));
        Assert.Equal([("supersedes", $"Supersedes {old.DocumentHash}.")], newHistory.Select(h => ((string)h!["event"]!, (string)h["details"]!)));
        Assert.Contains("supersession FAIL", VerifyOutput.CheckLines(verified));
    }

    [Fact]
    public async Task A_customs_decision_is_recorded_shown_by_verify_and_refused_for_a_non_customs_key()
    {
        await IssueAsync(1);

        var decided = await _cli.RunAsync("decide", "bundles/CO-2026-000001.provenance.json", "--decision", "Released", "--ref", "26DE123456789012A1", "--key", "customs", "--json");
        var refused = await _cli.RunAsync("decide", "bundles/CO-2026-000001.provenance.json", "--decision", "Held", "--ref", "X", "--key", "issuer");
        var verified = await _cli.RunAsync("verify", "bundles/CO-2026-000001.provenance.json");

        Assert.Equal(0, decided.ExitCode);
        var decision = JsonNode.Parse(decided.Output)!;
        Assert.Equal(("Released", "DE", "26DE123456789012A1", 0U), ((string)decision["decision"]!, (string)decision["country"]!, (string)decision["reference"]!, decision["index"]!.GetValue<uint>()));
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("error: the registry refused: ", refused.Error);
        Assert.Equal(0, verified.ExitCode);
        Assert.Contains($"  decision: Released by {DeployedLedger.Customs(chain).Address} (DE) ref 26DE123456789012A1 at block ", string.Join('\n', verified.OutputLines));
    }

    [Fact]
    public async Task Verify_as_of_a_block_before_the_revocation_is_valid_again()
    {
        await IssueAsync(1);
        var bundle = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000001.provenance.json"), CancellationToken.None);
        await _cli.RunAsync("revoke", "bundles/CO-2026-000001.provenance.json", "--reason", "Withdrawn", "--key", "issuer");

        var now = await _cli.RunAsync("verify", "bundles/CO-2026-000001.provenance.json");
        var then = await _cli.RunAsync("verify", "bundles/CO-2026-000001.provenance.json", "--as-of", bundle.Anchor.BlockNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, now.ExitCode);
        Assert.Equal(0, then.ExitCode);
        Assert.Contains($"  as of:    block {bundle.Anchor.BlockNumber}", then.OutputLines);
    }

    [Fact]
    public async Task Render_writes_a_printable_page_whose_qr_code_links_to_the_nodes_verify_page()
    {
        await IssueAsync(3);
        await _cli.RunAsync("redact", "bundles/CO-2026-000002.provenance.json", "--field", "/body/invoice");
        var bundle = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000002.redacted.provenance.json"), CancellationToken.None);

        var run = await _cli.RunAsync("render", "bundles/CO-2026-000002.redacted.provenance.json", "--node", "http://127.0.0.1:5080", "--out", "cert.html", "--json");

        Assert.Equal(0, run.ExitCode);
        var link = $"http://127.0.0.1:5080/verify?h={bundle.DocumentHash}&r={bundle.Batch.Root}&p={string.Join(',', bundle.Batch.Proof)}";
        Assert.Equal(link, (string)JsonNode.Parse(run.Output)!["verifyLink"]!);
        Assert.Equal(2, bundle.Batch.Proof.Count);
        var html = await File.ReadAllTextAsync(_cli.PathOf("cert.html"));
        Assert.Contains("@page{size:A4;margin:15mm}", html);
        Assert.Contains(Cli.Rendering.CertificateHtml.QrSvg(new Uri(link)), html);
        Assert.Contains("<h1>Certificate Of Origin</h1>", html);
        Assert.Contains("<tr><td class=\"k\">Invoice</td><td class=\"redacted\">redacted</td></tr>", html);
        Assert.Contains($"<tr><td class=\"k\">Items 1 › Description</td><td>{System.Net.WebUtility.HtmlEncode((string)bundle.Document["body"]!["items"]![0]!["description"]!)}</td></tr>", html);
        Assert.Contains($"Document hash <code>{bundle.DocumentHash}</code>", html);
    }

    [Fact]
    public async Task Render_without_a_node_says_where_to_give_one()
    {
        await IssueAsync(1);

        var run = await _cli.RunAsync("render", "bundles/CO-2026-000001.provenance.json", "--out", "cert.html");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: the QR code needs the verify page's node: pass --node, set $PROVENANCE_NODE, or add \"node\" to the profile", run.Error.TrimEnd());
        Assert.False(File.Exists(_cli.PathOf("cert.html")));
    }

    private async Task IssueAsync(int count)
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", "outbox");
        await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");
    }

}
