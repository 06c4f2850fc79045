using System.Text.Json.Nodes;
using ProvenanceLedger.Sdk.Ethereum.Rpc;
using ProvenanceLedger.Sdk.Proofs;
using ProvenanceLedger.Sdk.Registry;
using ProvenanceLedger.Sdk.Registry.Events;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Cli.Tests;

[Collection(ChainCollection.Name)]
public sealed class IssueCommandTests(HardhatChainFixture chain) : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Issue_anchors_one_batch_and_writes_a_bundle_per_document_that_verifies()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "5", "--out", "outbox");

        var issued = await ledger.MustAsync("issue", "outbox", "--type", "certificate-of-origin", "--key", "issuer", "--out", "bundles", "--json");
        var verified = await _cli.RunAsync("verify", "bundles/CO-2026-000003.provenance.json");

        var result = JsonNode.Parse(issued.Output)!;
        var documents = result["documents"]!.AsArray();
        Assert.Equal(["CO-2026-000001", "CO-2026-000002", "CO-2026-000003", "CO-2026-000004", "CO-2026-000005"], documents.Select(d => (string)d!["id"]!));
        Assert.Equal(1, result["anchoredNow"]!.GetValue<int>());
        Assert.Equal(0, result["alreadyAnchored"]!.GetValue<int>());
        var bundle = await ProofBundleReader.ReadFileAsync(_cli.PathOf("bundles/CO-2026-000003.provenance.json"), CancellationToken.None);
        Assert.Equal((string)documents[2]!["documentHash"]!, bundle.DocumentHash.ToString());
        Assert.Equal(5, bundle.Batch.Size);
        Assert.Equal(ledger.Registry, bundle.Anchor.Registry);
        Assert.Equal(0, verified.ExitCode);
        Assert.StartsWith("VALID: certificate-of-origin CO-2026-000003 issued by ", verified.OutputLines[0]);
        Assert.Equal(["integrity PASS", "proof PASS", "anchor PASS", "signature PASS", "accreditation PASS", "revocation PASS", "supersession PASS", "parents PASS", "decisions PASS"],
            VerifyOutput.CheckLines(verified));
    }

    [Fact]
    public async Task Invalid_documents_are_all_reported_and_nothing_is_anchored()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "3", "--out", "outbox");
        var second = _cli.PathOf("outbox/CO-2026-000002.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(second))!;
        json["body"]!["items"]![0]!["hsCode"] = "12";
        await File.WriteAllTextAsync(second, json.ToJsonString());
        await File.WriteAllTextAsync(_cli.PathOf("outbox/CO-2026-000003.json"), "{ \"type\": ");

        var run = await _cli.RunAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        var lines = run.ErrorLines;
        Assert.Equal(3, lines.Count);
        Assert.StartsWith($"{second}: /body/items/0/hsCode: ", lines[0]);
        Assert.StartsWith($"{_cli.PathOf("outbox/CO-2026-000003.json")}: document: is not valid JSON", lines[1]);
        Assert.Equal("error: 2 of 3 document(s) are invalid (2 problem(s)); nothing was anchored. Fix them and run the command again", lines[2]);
        Assert.False(Directory.Exists(_cli.PathOf("bundles")));
        Assert.Empty(await AnchoredBatchesAsync(ledger));
    }

    [Fact]
    public async Task A_document_naming_another_issuer_is_refused_before_anchoring()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Customs(chain).Address.ToString(), "--count", "1", "--out", "outbox");

        var run = await _cli.RunAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{_cli.PathOf("outbox/CO-2026-000001.json")}: /issuer/address: is {DeployedLedger.Customs(chain).Address}, but the signing key is {DeployedLedger.Issuer(chain).Address}",
            run.ErrorLines[0]);
        Assert.Empty(await AnchoredBatchesAsync(ledger));
    }

    [Fact]
    public async Task Rerunning_after_the_bundles_were_lost_rewrites_identical_bundles_without_anchoring_again()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "7", "--out", "november.ndjson");
        await ledger.MustAsync("issue", "november.ndjson", "--key", "issuer", "--out", "bundles", "--batch-size", "3");
        var first = await ReadBundlesAsync();
        foreach (var file in Directory.EnumerateFiles(_cli.PathOf("bundles"), "*.provenance.json"))
        {
            File.Delete(file);
        }

        var rerun = await ledger.MustAsync("issue", "november.ndjson", "--key", "issuer", "--out", "bundles", "--batch-size", "3", "--json");

        Assert.Equal(0, JsonNode.Parse(rerun.Output)!["anchoredNow"]!.GetValue<int>());
        Assert.Equal(3, JsonNode.Parse(rerun.Output)!["alreadyAnchored"]!.GetValue<int>());
        Assert.Equal(first, await ReadBundlesAsync());
        Assert.Equal(3, (await AnchoredBatchesAsync(ledger)).Count);
    }

    [Fact]
    public async Task A_run_killed_after_anchoring_but_before_journalling_finds_its_batch_on_chain()
    {
        var ledger = await DeployedLedger.StartAsync(chain, _cli);
        await ledger.MustAsync("samples", "--issuer", DeployedLedger.Issuer(chain).Address.ToString(), "--count", "4", "--out", "outbox");
        await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");
        var before = await ReadBundlesAsync();
        // What a crash between the mined transaction and the journal write leaves: a journal without the anchor.
        var journalPath = Directory.EnumerateFiles(_cli.PathOf("bundles"), ".provenance-issue-*.journal.json").Single();
        var journal = JsonNode.Parse(await File.ReadAllTextAsync(journalPath))!;
        journal["anchors"] = new JsonObject();
        await File.WriteAllTextAsync(journalPath, journal.ToJsonString());

        var rerun = await ledger.MustAsync("issue", "outbox", "--key", "issuer", "--out", "bundles");

        Assert.Equal("issued 4 document(s) in 1 batch(es): 0 anchored now, 1 already anchored by an earlier run", rerun.OutputLines[0]);
        // Same salts, hashes, proofs and anchor; the issuer signature is made afresh (the lost one had another deadline).
        Assert.Equal(WithoutSignatures(before), WithoutSignatures(await ReadBundlesAsync()));
        Assert.Single(await AnchoredBatchesAsync(ledger));
        Assert.Equal(0, (await _cli.RunAsync("verify", "bundles/CO-2026-000004.provenance.json")).ExitCode);
    }


    private static Dictionary<string, string> WithoutSignatures(Dictionary<string, string> bundles) =>
        bundles.ToDictionary(b => b.Key, b =>
        {
            var json = JsonNode.Parse(b.Value)!.AsObject();
            json.Remove("signatures");
            return json.ToJsonString();
        });

    private async Task<Dictionary<string, string>> ReadBundlesAsync()
    {
        var bundles = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(_cli.PathOf("bundles"), "*.provenance.json"))
        {
            bundles[Path.GetFileName(file)] = await File.ReadAllTextAsync(file);
        }

        return bundles;
    }

    private async Task<IReadOnlyList<BatchAnchoredEvent>> AnchoredBatchesAsync(DeployedLedger ledger)
    {
        using var transport = new HttpRpcTransport(chain.RpcUrl);
        var registry = new RegistryClient(new EthRpcClient(transport), ledger.Registry);
        return await registry.GetBatchAnchoredAsync(null, BlockParameter.Number(ledger.DeploymentBlock), BlockParameter.Latest, CancellationToken.None);
    }
}
