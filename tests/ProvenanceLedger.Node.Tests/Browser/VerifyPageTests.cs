using Microsoft.Playwright;
using ProvenanceLedger.Node.Tests.Api;
using ProvenanceLedger.Sdk.Proofs;

namespace ProvenanceLedger.Node.Tests.Browser;

[Collection(ApiCollection.Name)]
public sealed class VerifyPageTests(ApiNodeFixture node) : IAsyncLifetime
{
    private readonly string _files = Path.Combine(BrowserNode.Screenshots, "bundles");
    private BrowserNode _browser = null!;

    private ApiLedgerScenario S => node.Scenario;

    public async Task InitializeAsync()
    {
        _browser = await BrowserNode.StartAsync(node);
        Directory.CreateDirectory(_files);
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Valid_bundle_shows_Valid_with_every_check_and_the_parent_opens_from_the_graph()
    {
        var page = await _browser.OpenAsync("/");
        await page.GetByText("More options").ClickAsync();
        await page.GetByLabel("Bundles of parent documents (optional)").SetInputFilesAsync(await WriteAsync("parent", S.Parent));

        await page.GetByLabel("Proof bundle (.provenance.json)").SetInputFilesAsync(await WriteAsync("valid", S.Children[0]));

        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Valid");
        await Assertions.Expect(page.Locator("#checks tr[data-check=integrity] td.status")).ToHaveTextAsync("✓ Passed");
        await Assertions.Expect(page.Locator("#checks tr[data-check=accreditation] td.status")).ToHaveTextAsync("✓ Passed");
        await Assertions.Expect(page.Locator("#checks tbody tr")).ToHaveCountAsync(await page.Locator("#checks tbody tr[data-status=PASS]").CountAsync());
        await Assertions.Expect(page.GetByText(ApiLedgerScenario.IssuerName).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#graph a.node")).ToHaveCountAsync(1);
        await BrowserNode.ScreenshotAsync(page, "valid");

        await page.Locator($"#graph a.node[data-hash='{S.Parent.DocumentHash}']").ClickAsync();

        await Assertions.Expect(page.GetByText("Showing a parent document.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Valid");
        await Assertions.Expect(page.Locator("#fields")).ToContainTextAsync((string)S.Parent.Document["id"]!);
        await BrowserNode.ScreenshotAsync(page, "parent");
    }

    [Fact]
    public async Task Tampered_bundle_shows_Invalid_with_the_integrity_reason()
    {
        var tampered = S.Children[0] with { Document = (System.Text.Json.Nodes.JsonObject)S.Children[0].Document.DeepClone() };
        tampered.Document["id"] = (string)tampered.Document["id"]! + "X";
        var page = await _browser.OpenAsync("/");

        await page.GetByLabel("Proof bundle (.provenance.json)").SetInputFilesAsync(await WriteAsync("tampered", tampered));

        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Invalid");
        var integrity = page.Locator("#checks tr[data-check=integrity]");
        await Assertions.Expect(integrity.Locator("td.status")).ToHaveTextAsync("✗ Failed");
        await Assertions.Expect(integrity.Locator("td").Last).ToContainTextAsync("hash");
        await BrowserNode.ScreenshotAsync(page, "tampered");
    }

    [Fact]
    public async Task Revoked_bundle_shows_Revoked_with_the_reason()
    {
        var page = await _browser.OpenAsync("/");

        await page.GetByLabel("Proof bundle (.provenance.json)").SetInputFilesAsync(await WriteAsync("revoked", S.Children[1]));

        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Revoked");
        await Assertions.Expect(page.Locator("#checks tr[data-check=revocation] td.status")).ToHaveTextAsync("✗ Failed");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Revocation", Exact = true })).ToContainTextAsync("Withdrawn");
        await BrowserNode.ScreenshotAsync(page, "revoked");
    }

    [Fact]
    public async Task Qr_link_shows_the_status_of_the_hash_without_content()
    {
        var valid = S.Children[2];
        var revoked = S.Children[1];

        var page = await _browser.OpenAsync($"/verify?h={valid.DocumentHash}&r={valid.Batch.Root}&p={string.Join(',', valid.Batch.Proof)}");
        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync("Anchored");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Anchor", Exact = true })).ToContainTextAsync(S.Registry.IssuerKey.Address.ToString());
        await Assertions.Expect(page.Locator("#fields")).ToHaveCountAsync(0);
        await BrowserNode.ScreenshotAsync(page, "qr-anchored");

        var revokedPage = await _browser.OpenAsync($"/verify?h={revoked.DocumentHash}&r={revoked.Batch.Root}&p={string.Join(',', revoked.Batch.Proof)}");
        await Assertions.Expect(revokedPage.Locator("#verdict")).ToHaveTextAsync("Revoked");
        await BrowserNode.ScreenshotAsync(revokedPage, "qr-revoked");
    }

    [Fact]
    public async Task Page_is_keyboard_operable_and_announces_the_verdict()
    {
        var page = await _browser.OpenAsync("/");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("bundle-file", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("polite", await page.Locator("#verdict").GetAttributeAsync("aria-live"));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    private async Task<string> WriteAsync(string name, ProofBundle bundle)
    {
        var path = Path.Combine(_files, name + ".provenance.json");
        await ProofBundleWriter.WriteFileAsync(bundle, path, CancellationToken.None);
        return path;
    }
}
