using NanoClaw.Host.Api;
using NanoClaw.Host.Cli;
using NanoClaw.Host.Tests.Api;

namespace NanoClaw.Host.Tests.Cli;

public sealed class NodeApiClientTests
{
    [Fact]
    public async Task GetInfoAsync_AdminToken_SentAsBearer()
    {
        await using var web = await WebServerFixture.StartAsync("0.0.0.0", adminToken: "s3cret");
        using var client = new NodeApiClient(new Uri(web.Url), "s3cret");

        var info = await client.GetInfoAsync(CancellationToken.None);

        Assert.Equal("Andy", info.AssistantName);
    }

    [Fact]
    public async Task GetInfoAsync_WrongToken_ThrowsApiException401()
    {
        await using var web = await WebServerFixture.StartAsync("0.0.0.0", adminToken: "s3cret");
        using var client = new NodeApiClient(new Uri(web.Url), "nope");

        var error = await Assert.ThrowsAsync<ApiException>(() => client.GetInfoAsync(CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains(NodeWebServer.AdminTokenVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveGroupAsync_Unknown_ThrowsWithTheNodesReason()
    {
        await using var web = await WebServerFixture.StartAsync();
        using var client = new NodeApiClient(new Uri(web.Url), null);

        var error = await Assert.ThrowsAsync<ApiException>(() => client.RemoveGroupAsync("ghost", CancellationToken.None));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("no group 'ghost'", error.Message);
    }
}
