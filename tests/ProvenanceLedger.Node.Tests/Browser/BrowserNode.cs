using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ProvenanceLedger.Node.Tests.Api;
using ProvenanceLedger.Testing;

namespace ProvenanceLedger.Node.Tests.Browser;

/// <summary>
/// The API fixture's chain served by a node on a real 127.0.0.1 socket (Kestrel, free port), and Debian's
/// chromium driven headless by Playwright. Screenshots go to TestResults/browser/ at the repository root.
/// </summary>
public sealed class BrowserNode : IAsyncDisposable
{
    /// <summary>Debian's chromium; Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly IPlaywright _playwright;

    private BrowserNode(WebApplicationFactory<Program> factory, IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        _factory = factory;
        _playwright = playwright;
        Browser = browser;
        BaseAddress = baseAddress;
    }

    public IBrowser Browser { get; }

    public Uri BaseAddress { get; }

    public static string Screenshots { get; } = RepositoryRoot.Combine("TestResults", "browser");

    public static async Task<BrowserNode> StartAsync(ApiNodeFixture node)
    {
        var factory = node.CreateFactory(new Dictionary<string, string?>());
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        await node.WaitForBlockAsync(node.Scenario.LastBlock, factory);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Directory.CreateDirectory(Screenshots);
        return new BrowserNode(factory, playwright, browser, address);
    }

    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        // Any request leaving 127.0.0.1 would mean the page depends on the internet: fail it loudly.
        await page.RouteAsync(url => !url.StartsWith(BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal), route => route.AbortAsync());
        page.RequestFailed += (_, request) => throw new InvalidOperationException($"the page requested {request.Url}, which failed");
        await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }
}
