using NanoClaw.Channels.Slack;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Slack;

public sealed class SlackChannelTests : IAsyncLifetime
{
    private readonly FakeSlackServer _server = new();
    private readonly RecordingInbound _inbound = new();
    private readonly ListLoggerProvider _logs = new();
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task Envelope_MessageEvent_ReachesSinkWithNameAndIsAcknowledged()
    {
        await using var channel = await ConnectedAsync();

        var envelope = await _server.PushEventAsync(SlackPayloads.Message("1731400000.000100", "hi &amp; hello"));

        var message = await _inbound.NextMessageAsync();
        var chat = await _inbound.NextChatAsync();
        Assert.Equal(($"slack:{SlackPayloads.Channel}", "#general", true), (chat.ChatId, chat.Name, chat.IsGroup));
        Assert.Equal($"slack:{SlackPayloads.Channel}", message.ChatId);
        Assert.Equal("1731400000.000100", message.MessageId);
        Assert.Equal("U0ALICE", message.SenderId);
        Assert.Equal("ally", message.SenderName);
        Assert.Equal("hi & hello", message.Text);
        Assert.True(message.IsGroup);
        Assert.Equal(envelope, await NextAckAsync());
    }

    [Fact]
    public async Task Envelope_SinkStillStoring_AcknowledgedOnlyAfterSinkCompletes()
    {
        await using var channel = await ConnectedAsync();
        var hold = _inbound.Hold();

        var envelope = await _server.PushEventAsync(SlackPayloads.Message("1731400000.000200", "slow store"));
        await _inbound.NextMessageAsync();

        Assert.False(_server.Acks.Reader.TryPeek(out _));
        hold.SetResult();
        Assert.Equal(envelope, await NextAckAsync());
    }

    [Fact]
    public async Task Envelope_SinkFails_RedeliveredAfterReconnectAndStoredOnce()
    {
        await using var channel = await ConnectedAsync();
        _inbound.FailNext();

        var envelope = await _server.PushEventAsync(SlackPayloads.Message("1731400000.000300", "try again"));
        var first = await _inbound.NextMessageAsync();
        var again = await _inbound.NextMessageAsync();

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(envelope, await NextAckAsync());
        Assert.Single(_inbound.Stored);
        Assert.Equal(2, _server.ConnectionsOpened);
    }

    [Fact]
    public async Task Envelope_MentionOwnEditAndDirect_TriggerSkipsAndDirectChat()
    {
        await using var channel = await ConnectedAsync();
        var edit = SlackPayloads.Message("1731400000.000401", "edited");
        edit["subtype"] = "message_changed";

        await _server.PushEventAsync(SlackPayloads.Message("1731400000.000400", "my own words", user: FakeSlackServer.BotUserId));
        await _server.PushEventAsync(edit);
        await _server.PushEventAsync(SlackPayloads.Message("1731400000.000402", $"<@{FakeSlackServer.BotUserId}> summarize please"));
        await _server.PushEventAsync(SlackPayloads.Message("1731400000.000403", "just us", channelType: "im"));

        var mention = await _inbound.NextMessageAsync();
        var direct = await _inbound.NextMessageAsync();
        Assert.Equal("@Andy summarize please", mention.Text);
        Assert.Equal("slack:D0DIRECT", direct.ChatId);
        Assert.False(direct.IsGroup);
        for (var i = 0; i < 4; i++)
        {
            await NextAckAsync();
        }

        Assert.Equal(1, _server.UserLookups);
    }

    [Fact]
    public async Task Envelope_Malformed_LoggedAcknowledgedAndSkipped()
    {
        await using var channel = await ConnectedAsync();

        await _server.SendRawAsync("{not json");
        await _server.SendRawAsync("""{"envelope_id":"e-1","type":"events_api","payload":{}}""");
        await _server.PushEventAsync(SlackPayloads.Message("1731400000.000500", "after the noise"));

        Assert.Equal("after the noise", (await _inbound.NextMessageAsync()).Text);
        Assert.Equal("e-1", await NextAckAsync());
        Assert.Equal(2, _logs.Lines.Count(line => line.Contains("malformed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Disconnect_RefreshRequested_OpensNewConnection()
    {
        await using var channel = await ConnectedAsync();
        Assert.Equal(1, await _server.Connected.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value));

        await _server.SendDisconnectAsync();
        Assert.Equal(2, await _server.Connected.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value));
        await _server.PushEventAsync(SlackPayloads.Message("1731400000.000600", "on the new socket"));

        Assert.Equal("on the new socket", (await _inbound.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task SendAsync_WhileDropped_FlushedInOrderAndSplitAt4000()
    {
        await using var channel = await ConnectedAsync();
        var dropped = TestChannels.WhenConnectionAsync(channel, connected: false);
        _server.Drop();
        await dropped;

        var first = channel.SendAsync($"slack:{SlackPayloads.Channel}", new string('x', 8001), CancellationToken.None);
        var second = channel.SendAsync($"slack:{SlackPayloads.Channel}", "after", CancellationToken.None);
        await Task.WhenAll(first, second).WaitAsync(TestTimeout.Value);

        var lengths = new List<int>();
        while (_server.Posted.Reader.TryRead(out var posted))
        {
            lengths.Add(posted.Text.Length);
        }

        Assert.Equal([4000, 4000, 1, 5], lengths);
    }

    [Fact]
    public async Task SendAsync_ChannelNotFound_ReportedAfterLastTry()
    {
        await using var channel = await ConnectedAsync();
        _server.PostError = "channel_not_found";

        var failed = await Assert.ThrowsAsync<DeliveryFailedException>(() => channel.SendAsync("slack:C0GONE", "hello?", CancellationToken.None).WaitAsync(TestTimeout.Value));

        Assert.Contains("channel_not_found", failed.Failure.Reason, StringComparison.Ordinal);
        Assert.Single(channel.Health.Snapshot().RecentFailures);
    }

    private Task<string> NextAckAsync() => _server.Acks.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

    private async Task<SlackChannel> ConnectedAsync()
    {
        var settings = new SlackSettings(FakeSlackServer.BotToken, FakeSlackServer.AppToken, new Uri(_server.BaseUri, "api"));
        var channel = new SlackChannel(settings, TestChannels.Context(_inbound, _logs), _http);
        await channel.ConnectAsync(CancellationToken.None);
        return channel;
    }
}
