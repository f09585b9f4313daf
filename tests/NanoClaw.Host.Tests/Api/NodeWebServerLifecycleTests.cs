using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using NanoClaw.Host.Api;

namespace NanoClaw.Host.Tests.Api;

public sealed class NodeWebServerLifecycleTests
{
    [Fact]
    public async Task StartAsync_MapExtra_ServesTheExtraEndpoint()
    {
        var options = new NodeWebServerOptions
        {
            Port = 0,
            MapExtra = routes => routes.MapGet("/webhooks/test", () => Results.Text("hooked")),
        };
        await using var server = await NodeWebServer.StartAsync(options, new FakeNodeApi(), NullLoggerFactory.Instance, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal("hooked", await client.GetStringAsync("/webhooks/test"));
    }

    [Fact]
    public async Task DisposeAsync_LongPollPending_EndsThePoll()
    {
        var web = await WebServerFixture.StartAsync();
        using var client = new HttpClient { BaseAddress = web.Server.BaseAddress };
        var poll = client.GetAsync("/api/chats/web:main/messages?wait=60");
        await PollUntilWaitingAsync(web);

        await web.DisposeAsync();

        try
        {
            using var response = await poll.WaitAsync(TimeSpan.FromSeconds(30));
            await response.ErrorAsync(HttpStatusCode.ServiceUnavailable);
        }
        catch (HttpRequestException)
        {
            // The connection closed before the answer went out; the poll ended either way.
        }
    }

    [Fact]
    public async Task StartAsync_HostNotAnAddress_ThrowsNamingIt()
    {
        var options = new NodeWebServerOptions { Host = "example.invalid", Port = 0 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            NodeWebServer.StartAsync(options, new FakeNodeApi(), NullLoggerFactory.Instance, CancellationToken.None));

        Assert.Contains("example.invalid", error.Message, StringComparison.Ordinal);
    }

    private static async Task PollUntilWaitingAsync(WebServerFixture web)
    {
        var reached = await Task.WhenAny(web.Api.ReadWaiting.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(reached == web.Api.ReadWaiting.Task, "the long poll never reached the node");
    }
}
