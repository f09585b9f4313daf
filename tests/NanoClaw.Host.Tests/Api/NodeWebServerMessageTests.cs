using System.Net;
using NanoClaw.Host.Api;

namespace NanoClaw.Host.Tests.Api;

public sealed class NodeWebServerMessageTests
{
    [Fact]
    public async Task PostMessage_WebChat_Returns202AndDefaultsTheSender()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json("""{"text":"hello","id":"m1"}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("m1", (await response.ReadAsync(ApiJsonContext.Default.PostMessageResult)).Id);
        var page = await ReadAsync(web, "/api/chats/web:main/messages");
        Assert.Equal(["in", "out"], page.Messages.Select(m => m.Direction));
        Assert.Equal("You", page.Messages[0].Sender);
        Assert.Equal("echo: hello", page.Messages[1].Text);
    }

    [Fact]
    public async Task PostMessage_SameIdTwice_StoresItOnce()
    {
        await using var web = await WebServerFixture.StartAsync();

        for (var i = 0; i < 2; i++)
        {
            using var response = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json("""{"text":"once","id":"same"}"""));
            Assert.Equal("same", (await response.ReadAsync(ApiJsonContext.Default.PostMessageResult)).Id);
        }

        var page = await ReadAsync(web, "/api/chats/web:main/messages");
        Assert.Single(page.Messages, m => m.Direction == "in");
    }

    [Fact]
    public async Task PostMessage_NotAWebChat_Returns400()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/chats/telegram:42/messages", ApiResponses.Json("""{"text":"hi"}"""));

        Assert.Equal("only web chats accept messages through the API", await response.ErrorAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("""{"sender":"me"}""")]
    [InlineData("""{"text":"   "}""")]
    public async Task PostMessage_NoText_Returns400(string body)
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json(body));

        Assert.Equal("text is required", await response.ErrorAsync(HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task ReadMessages_MessageArrivesDuringWait_ReturnsItEarly()
    {
        await using var web = await WebServerFixture.StartAsync();
        var poll = web.Client.GetAsync("/api/chats/web:main/messages?after=0&wait=30");

        using var post = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json("""{"text":"wake up"}"""));
        using var response = await poll;

        var page = await response.ReadAsync(ApiJsonContext.Default.ChatMessagesPage);
        Assert.Contains(page.Messages, m => m.Text == "wake up");
        Assert.True(page.Cursor > 0);
    }

    [Fact]
    public async Task ReadMessages_NothingArrives_ReturnsEmptyPageWithSameCursor()
    {
        await using var web = await WebServerFixture.StartAsync();
        using var post = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json("""{"text":"first"}"""));
        var cursor = (await ReadAsync(web, "/api/chats/web:main/messages")).Cursor;

        var page = await ReadAsync(web, $"/api/chats/web:main/messages?after={cursor}&wait=0.2");

        Assert.Empty(page.Messages);
        Assert.Equal(cursor, page.Cursor);
    }

    [Theory]
    [InlineData("after=abc")]
    [InlineData("wait=soon")]
    [InlineData("after=-1")]
    public async Task ReadMessages_BadNumber_Returns400(string query)
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.GetAsync($"/api/chats/web:main/messages?{query}");

        await response.ErrorAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<NanoClaw.Host.Api.Contracts.ChatMessagesPage> ReadAsync(WebServerFixture web, string path)
    {
        using var response = await web.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync(ApiJsonContext.Default.ChatMessagesPage);
    }
}
