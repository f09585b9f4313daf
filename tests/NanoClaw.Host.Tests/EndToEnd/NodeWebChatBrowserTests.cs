using System.Text.RegularExpressions;
using System.Net.Http.Json;
using Microsoft.Playwright;
using NanoClaw.Host.Api;
using NanoClaw.Host.Tests.Api;
using NanoClaw.Host.Tests.Configuration;
using NanoClaw.Host.Tests.Support;

namespace NanoClaw.Host.Tests.EndToEnd;

/// <summary>The web chat in a real headless Chromium, on the real node with a real container and the mock model.</summary>
[Collection(DockerCollection.Name)]
public sealed class NodeWebChatBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    // A cold container answers in about a second; a busy machine may take much longer.
    private const float ReplyTimeoutMs = 60_000;

    // Records whether the working indicator was ever shown, however briefly.
    private const string WatchWorking = """
        () => {
          window.workingShown = false;
          const working = document.querySelector('[data-testid="working"]');
          new MutationObserver(() => { if (!working.hidden) { window.workingShown = true; } })
            .observe(working, { attributes: true, attributeFilter: ['hidden'] });
        }
        """;

    [DockerBrowserFact]
    public async Task WebChat_OnTheRealNode_ShowsMockBannerWorkingIndicatorAndTheReply()
    {
        using var temp = new TempDirectory();
        try
        {
            using var node = await NodeProcess.StartAsync(temp.Path);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserProbe.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = node.BaseAddress.ToString() });
            page.SetDefaultTimeout(60_000);

            var info = await node.Http.GetFromJsonAsync("api/info", ApiJsonContext.Default.NodeInfo);
            await page.GotoAsync("/");
            await Assertions.Expect(page.GetByTestId("banner")).ToHaveTextAsync(new Regex("mock model", RegexOptions.IgnoreCase));
            await Assertions.Expect(page.GetByTestId("banner")).ToHaveTextAsync(info!.Banner!);
            await page.EvaluateAsync(WatchWorking);
            await page.GetByTestId("message-input").FillAsync("hello from e2e-browser");
            await page.GetByTestId("send").ClickAsync();

            var messages = page.GetByTestId("messages");
            await Assertions.Expect(messages.Locator(".message.in")).ToHaveTextAsync(new Regex("hello from e2e-browser"));
            await Assertions.Expect(messages.Locator(".message.out")).ToHaveTextAsync(
                new Regex("Mock reply #1: .*hello from e2e-browser", RegexOptions.Singleline), new LocatorAssertionsToHaveTextOptions { Timeout = ReplyTimeoutMs });
            await Assertions.Expect(page.GetByTestId("working")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = ReplyTimeoutMs });
            Assert.True(await page.EvaluateAsync<bool>("window.workingShown"), "the working indicator was never shown");

            await browser.CloseAsync();
            await node.StopAsync();
            Assert.Empty(await DockerLeftovers.ListAsync(node.InstallId));
        }
        finally
        {
            await DockerLeftovers.RemoveForDirectoryAsync(temp.Path);
        }
    }
}
