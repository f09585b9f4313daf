using NanoClaw.AgentProtocol;
using NanoClaw.AgentRunner.Host;
using NanoClaw.AgentRunner.Tests.Agent;

namespace NanoClaw.AgentRunner.Tests.Host;

public sealed class HostLinkTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task CallAsync_HostAnswers_ReturnsItsResult()
    {
        var path = Path.Combine(_temp.Path, "a.sock");
        await using var host = new FakeHost(path);
        await using var link = await HostLink.ConnectAsync(path, "test", CancellationToken.None);
        Assert.Equal(ProtocolVersion.Current, (await host.AcceptAsync()).ProtocolVersion);

        var call = link.CallAsync("list_tasks", Json.Parse("{}"), CancellationToken.None);
        var request = Assert.IsType<ToolRequestMessage>(await host.ReceiveAsync());
        await host.SendAsync(new ToolResultMessage(request.RequestId, "no tasks", false));

        Assert.Equal(new NanoClaw.AgentRunner.Tools.ToolOutcome("no tasks", false), await call);
    }

    [Fact]
    public async Task CallAsync_ArgumentsOverLineCap_FailsWithoutSending()
    {
        var path = Path.Combine(_temp.Path, "b.sock");
        await using var host = new FakeHost(path);
        await using var link = await HostLink.ConnectAsync(path, "test", CancellationToken.None);
        await host.AcceptAsync();

        var outcome = await link.CallAsync("send_message", Json.Of(new { text = new string('x', ProtocolLimits.MaxLineBytes) }), CancellationToken.None);
        await link.SendAsync(new IdleMessage(), CancellationToken.None);

        Assert.True(outcome.IsError);
        Assert.IsType<IdleMessage>(await host.ReceiveAsync());
    }

    [Fact]
    public async Task CallAsync_HostGoesAway_PendingCallFails()
    {
        var path = Path.Combine(_temp.Path, "c.sock");
        var host = new FakeHost(path);
        await using var link = await HostLink.ConnectAsync(path, "test", CancellationToken.None);
        await host.AcceptAsync();

        var call = link.CallAsync("list_tasks", Json.Parse("{}"), CancellationToken.None);
        Assert.IsType<ToolRequestMessage>(await host.ReceiveAsync());
        await host.DisposeAsync();

        Assert.True((await call).IsError);
        Assert.False(await link.Inbound.WaitToReadAsync());
    }
}
