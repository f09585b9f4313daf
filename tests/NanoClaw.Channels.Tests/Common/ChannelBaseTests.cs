using NanoClaw.Channels.Common;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Common;

public sealed class ChannelBaseTests
{
    private readonly RecordingInbound _inbound = new();

    [Fact]
    public async Task SendAsync_RejectedWithRetryAfter_WaitsThatLongInsteadOfBackoff()
    {
        await using var channel = await ConnectedAsync(TestChannels.FastTimings with { SendRetryBaseDelay = TimeSpan.FromHours(1) });
        channel.Outcomes.Enqueue(new SendRejectedException("slow down", TimeSpan.FromMilliseconds(1)));

        await channel.SendAsync("scripted:a", "hello", CancellationToken.None).WaitAsync(TestTimeout.Value);

        Assert.Equal(["a:hello"], channel.Delivered);
        Assert.Equal(2, channel.Attempts);
    }

    [Fact]
    public async Task SendAsync_PlatformUnreachable_KeepsTryingWithoutUsingUpAttempts()
    {
        await using var channel = await ConnectedAsync(TestChannels.FastTimings);
        for (var i = 0; i < TestChannels.FastTimings.SendAttempts * 2; i++)
        {
            channel.Outcomes.Enqueue(new HttpRequestException("connection refused"));
        }

        await channel.SendAsync("scripted:a", "eventually", CancellationToken.None).WaitAsync(TestTimeout.Value);

        Assert.Equal(["a:eventually"], channel.Delivered);
        Assert.Empty(channel.Health.Snapshot().RecentFailures);
    }

    [Fact]
    public async Task SendAsync_OnePartGivenUp_LaterPartsStillDelivered()
    {
        await using var channel = await ConnectedAsync(TestChannels.FastTimings);
        var failed = new List<DeliveryFailure>();
        channel.Health.DeliveryFailed += failed.Add;
        for (var i = 0; i < TestChannels.FastTimings.SendAttempts; i++)
        {
            channel.Outcomes.Enqueue(new SendRejectedException("no"));
        }

        var first = channel.SendAsync("scripted:a", "lost", CancellationToken.None);
        var second = channel.SendAsync("scripted:a", "kept", CancellationToken.None);

        await Assert.ThrowsAsync<DeliveryFailedException>(() => first.WaitAsync(TestTimeout.Value));
        await second.WaitAsync(TestTimeout.Value);
        Assert.Equal(["a:kept"], channel.Delivered);
        Assert.Equal("lost", Assert.Single(failed).Text);
    }

    [Fact]
    public async Task SendAsync_BeforeConnectAndAfterDisconnect_DeliveredOnNextConnect()
    {
        var channel = new ScriptedChannel(TestChannels.Context(_inbound));
        var early = channel.SendAsync("scripted:a", "early", CancellationToken.None);
        await channel.ConnectAsync(CancellationToken.None);
        await early.WaitAsync(TestTimeout.Value);
        await channel.DisconnectAsync(CancellationToken.None);

        var late = channel.SendAsync("scripted:a", "late", CancellationToken.None);
        Assert.False(late.IsCompleted);
        await channel.ConnectAsync(CancellationToken.None);
        await late.WaitAsync(TestTimeout.Value);
        await channel.DisposeAsync();

        Assert.Equal(["a:early", "a:late"], channel.Delivered);
    }

    [Fact]
    public async Task Run_ConnectionDrops_ReopenedAndHealthFollows()
    {
        await using var channel = await ConnectedAsync(TestChannels.FastTimings);
        var down = TestChannels.WhenConnectionAsync(channel, connected: false);
        var up = TestChannels.WhenConnectionAsync(channel, connected: true);

        channel.DropConnection();
        await down;
        await up;

        Assert.Equal(2, channel.Opens);
        Assert.True(channel.Health.Snapshot().Connected);
        Assert.Equal("connection closed", channel.Health.Snapshot().LastError);
    }

    [Fact]
    public async Task ConnectAsync_PlatformNeverAnswers_TimesOut()
    {
        var timings = TestChannels.FastTimings with { ConnectTimeout = TimeSpan.FromMilliseconds(50) };
        await using var channel = new ScriptedChannel(TestChannels.Context(_inbound) with { Timings = timings }) { HangOnOpen = true };

        await Assert.ThrowsAsync<TimeoutException>(() => channel.ConnectAsync(CancellationToken.None).WaitAsync(TestTimeout.Value));

        Assert.False(channel.IsConnected);
    }

    [Fact]
    public async Task SendAsync_ChatOfAnotherChannel_Throws()
    {
        await using var channel = await ConnectedAsync(TestChannels.FastTimings);

        await Assert.ThrowsAsync<ArgumentException>(() => channel.SendAsync("telegram:1", "x", CancellationToken.None));
    }

    [Fact]
    public async Task SetTypingAsync_PlatformFails_Swallowed()
    {
        await using var channel = await ConnectedAsync(TestChannels.FastTimings);
        channel.TypingFailure = new HttpRequestException("down");

        await channel.SetTypingAsync("scripted:a", true, CancellationToken.None);
    }

    private async Task<ScriptedChannel> ConnectedAsync(ChannelTimings timings)
    {
        var channel = new ScriptedChannel(TestChannels.Context(_inbound) with { Timings = timings });
        await channel.ConnectAsync(CancellationToken.None);
        return channel;
    }
}
