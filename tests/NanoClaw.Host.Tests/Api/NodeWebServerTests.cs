using System.Net;
using NanoClaw.Host.Api;
using NanoClaw.Host.Api.Contracts;

namespace NanoClaw.Host.Tests.Api;

public sealed class NodeWebServerTests
{
    [Fact]
    public async Task StartAsync_PortZero_ReportsTheBoundLoopbackPort()
    {
        await using var web = await WebServerFixture.StartAsync();

        Assert.Equal("127.0.0.1", web.Server.BaseAddress.Host);
        Assert.NotEqual(0, web.Server.BaseAddress.Port);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task GetAsset_Served_WithContentTypeAndNoCache(string path, string mediaType)
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetPage_Index_HasTheTestIds()
    {
        await using var web = await WebServerFixture.StartAsync();

        var html = await web.Client.GetStringAsync("/");

        foreach (var id in new[] { "chat-list", "new-chat", "message-input", "send", "messages", "working", "banner" })
        {
            Assert.Contains($"data-testid=\"{id}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ok", HttpStatusCode.OK)]
    [InlineData("degraded", HttpStatusCode.ServiceUnavailable)]
    public async Task GetHealthz_Status_MapsToHttpStatusWithBody(string status, HttpStatusCode expected)
    {
        await using var web = await WebServerFixture.StartAsync();
        web.Api.HealthStatus = status;

        using var response = await web.Client.GetAsync("/healthz");

        Assert.Equal(expected, response.StatusCode);
        var report = await response.ReadAsync(ApiJsonContext.Default.HealthReport);
        Assert.Equal(status, report.Status);
        Assert.True(report.Channels["web"].Connected);
    }

    [Fact]
    public async Task GetInfo_Always_ReturnsCamelCaseNodeInfo()
    {
        await using var web = await WebServerFixture.StartAsync();

        var json = await web.Client.GetStringAsync("/api/info");

        Assert.Contains("\"assistantName\":\"Andy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"banner\":\"Mock model: no ANTHROPIC_API_KEY set\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetChatsGroupsStatus_Always_ReturnTheNodesViews()
    {
        await using var web = await WebServerFixture.StartAsync();

        var chats = await (await web.Client.GetAsync("/api/chats")).ReadAsync(ApiJsonContext.Default.IReadOnlyListChatView);
        var groups = await (await web.Client.GetAsync("/api/groups")).ReadAsync(ApiJsonContext.Default.IReadOnlyListGroupView);
        var status = await (await web.Client.GetAsync("/api/status")).ReadAsync(ApiJsonContext.Default.NodeStatus);

        Assert.Equal("web:main", Assert.Single(chats).ChatId);
        Assert.True(Assert.Single(groups).IsMain);
        Assert.Equal(5, status.MaxConcurrent);
        Assert.Equal("run-1", Assert.Single(status.Containers).RunId);
    }

    [Fact]
    public async Task PostGroup_Valid_Returns201WithLocation()
    {
        await using var web = await WebServerFixture.StartAsync();
        var request = new RegisterGroupRequest("family", "Family", "web:family", RequiresTrigger: false);

        using var response = await web.Client.PostAsync("/api/groups", ApiResponses.Json(request, ApiJsonContext.Default.RegisterGroupRequest));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/groups/family", response.Headers.Location?.OriginalString);
        var group = await response.ReadAsync(ApiJsonContext.Default.GroupView);
        Assert.Equal(["web:family"], group.Chats);
        Assert.False(group.RequiresTrigger);
    }

    [Fact]
    public async Task PostGroup_BrokenRule_Returns400WithReason()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/groups", ApiResponses.Json("""{"folder":"Bad Folder","chat":"web:x"}"""));

        Assert.Contains("folder", await response.ErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteGroup_Known_Returns204AndRemovesIt()
    {
        await using var web = await WebServerFixture.StartAsync();
        using var created = await web.Client.PostAsync("/api/groups", ApiResponses.Json("""{"folder":"team","chat":"web:team"}"""));

        using var response = await web.Client.DeleteAsync("/api/groups/team");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain("team", await web.Client.GetStringAsync("/api/groups"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nobody", HttpStatusCode.NotFound)]
    [InlineData("main", HttpStatusCode.BadRequest)]
    public async Task DeleteGroup_Refused_ReturnsTheNodesStatus(string folder, HttpStatusCode expected)
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.DeleteAsync($"/api/groups/{folder}");

        await response.ErrorAsync(expected);
    }
}
