using System.Net;
using System.Net.Http.Headers;
using NanoClaw.Host.Api;

namespace NanoClaw.Host.Tests.Api;

public sealed class NodeWebServerErrorTests
{
    [Fact]
    public async Task Request_UnknownApiRoute_Returns404Json()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.GetAsync("/api/nothing/here");

        Assert.Equal("no such route: GET /api/nothing/here", await response.ErrorAsync(HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Request_WrongMethod_Returns405Json()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PutAsync("/api/groups", ApiResponses.Json("{}"));

        Assert.Equal("PUT is not allowed on /api/groups", await response.ErrorAsync(HttpStatusCode.MethodNotAllowed));
    }

    [Fact]
    public async Task PostMessage_BodyOverOneMebibyte_Returns413()
    {
        await using var web = await WebServerFixture.StartAsync();
        var body = $$"""{"text":"{{new string('x', (1024 * 1024) + 10)}}"}""";

        using var response = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json(body));

        Assert.Contains("too large", await response.ErrorAsync(HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_MalformedJson_Returns400NamingIt()
    {
        await using var web = await WebServerFixture.StartAsync();

        using var response = await web.Client.PostAsync("/api/chats/web:main/messages", ApiResponses.Json("""{"text": "unterminated"""));

        Assert.StartsWith("malformed JSON body", await response.ErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostGroup_NotJson_Returns400NamingTheContentType()
    {
        await using var web = await WebServerFixture.StartAsync();
        using var content = new StringContent("folder=x", new MediaTypeHeaderValue("application/x-www-form-urlencoded"));

        using var response = await web.Client.PostAsync("/api/groups", content);

        Assert.Contains("application/json", await response.ErrorAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_NodeThrowsUnexpectedly_Returns500WithGenericMessage()
    {
        await using var web = await WebServerFixture.StartAsync();
        web.Api.Failure = new InvalidOperationException("secret internals");

        using var response = await web.Client.GetAsync("/api/info");

        var error = await response.ErrorAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NonLoopbackWithoutToken_ThrowsNamingTheVariable()
    {
        var options = new NodeWebServerOptions { Host = "0.0.0.0", Port = 0 };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            NodeWebServer.StartAsync(options, new FakeNodeApi(), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, CancellationToken.None));

        Assert.Contains(NodeWebServer.AdminTokenVariable, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task ApiRequest_NonLoopbackWithoutRightToken_Returns401(string? token)
    {
        await using var web = await WebServerFixture.StartAsync("0.0.0.0", adminToken: "s3cret");
        if (token is not null)
        {
            web.UseToken(token);
        }

        using var response = await web.Client.GetAsync("/api/info");

        await response.ErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Request_NonLoopbackWithToken_ServesApiAndKeepsPageOpen()
    {
        await using var web = await WebServerFixture.StartAsync("0.0.0.0", adminToken: "s3cret");

        using var page = await web.Client.GetAsync("/");
        using var health = await web.Client.GetAsync("/healthz");
        web.UseToken("s3cret");
        using var info = await web.Client.GetAsync("/api/info");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
    }
}
