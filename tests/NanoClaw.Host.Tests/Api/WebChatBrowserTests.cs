using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NanoClaw.Host.Tests.Api;

public sealed class WebChatBrowserTests
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    [BrowserFact]
    public async Task WebChat_SendAndNewChat_ShowsBannerRepliesAndTheNewChat()
    {
        await using var web = await WebServerFixture.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserProbe.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = web.Url });
        page.SetDefaultTimeout(15_000);

        web.Api.Working = true;
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("banner")).ToHaveTextAsync("Mock model: no ANTHROPIC_API_KEY set");

        await page.GetByTestId("message-input").FillAsync("hello <b>there</b>");
        await page.GetByTestId("message-input").PressAsync("Enter");
        var messages = page.GetByTestId("messages");
        await Assertions.Expect(messages.Locator(".message.out")).ToHaveTextAsync(new Regex("echo: hello <b>there</b>"));
        await Assertions.Expect(messages.Locator(".message.in")).ToHaveCountAsync(1);
        await Assertions.Expect(messages.Locator("b")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("working")).ToHaveTextAsync("Andy is working…");
        await Assertions.Expect(page.GetByTestId("working")).ToBeVisibleAsync();
        web.Api.Working = false;

        await page.GetByTestId("new-chat-name").FillAsync("Family Trip");
        await page.GetByTestId("new-chat").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-list")).ToContainTextAsync("group: family-trip");
        await Assertions.Expect(messages.Locator(".message")).ToHaveCountAsync(0);
        await page.GetByTestId("message-input").FillAsync("packing list?");
        await page.GetByTestId("send").ClickAsync();
        await Assertions.Expect(messages.Locator(".message.out")).ToHaveTextAsync(new Regex("echo: packing list\\?"));
        await Assertions.Expect(page.GetByTestId("working")).ToBeHiddenAsync();

        var group = Assert.Single(await web.Api.ListGroupsAsync(CancellationToken.None), g => g.Folder == "family-trip");
        Assert.Equal(["web:family-trip"], group.Chats);
        Assert.False(group.RequiresTrigger);
        Assert.Equal("web:family-trip", await page.EvaluateAsync<string>("localStorage.getItem('nanoclaw.chat')"));
    }
}
