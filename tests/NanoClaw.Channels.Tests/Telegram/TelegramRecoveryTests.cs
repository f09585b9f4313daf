using NanoClaw.Channels.Common;
using NanoClaw.Channels.Telegram;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Telegram;

/// <summary>Restarts, drops and a slow or failing sink: nothing lost, nothing twice, sends in order.</summary>
public sealed class TelegramRecoveryTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _server = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nanoclaw-telegram-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Offset_NewInstanceWithSameStore_NoUpdateProcessedTwice()
    {
        var firstInbound = new RecordingInbound();
        var offsets = new RecordingOffsetStore(new FileOffsetStore(_folder));
        var first = await ConnectedAsync(firstInbound, offsets);
        _server.AddUpdate(TelegramPayloads.PrivateText(1, "one"));
        var second = _server.AddUpdate(TelegramPayloads.PrivateText(2, "two"));
        Assert.Equal("one", (await firstInbound.NextMessageAsync()).Text);
        Assert.Equal("two", (await firstInbound.NextMessageAsync()).Text);
        while (await offsets.NextSaveAsync() != second + 1)
        {
        }

        await first.DisposeAsync();

        var restartedInbound = new RecordingInbound();
        await using var restarted = await ConnectedAsync(restartedInbound, new FileOffsetStore(_folder));
        _server.AddUpdate(TelegramPayloads.PrivateText(3, "three"));

        Assert.Equal("three", (await restartedInbound.NextMessageAsync()).Text);
        Assert.Equal(["one", "two"], firstInbound.Stored.Select(m => m.Text));
        Assert.Equal(["three"], restartedInbound.Stored.Select(m => m.Text));
    }

    [Fact]
    public async Task Offset_SinkStillStoring_NotAdvancedUntilSinkCompletes()
    {
        var inbound = new RecordingInbound();
        var offsets = new RecordingOffsetStore(new FileOffsetStore(_folder));
        var hold = inbound.Hold();
        await using var channel = await ConnectedAsync(inbound, offsets);
        var id = _server.AddUpdate(TelegramPayloads.PrivateText(1, "one"));

        await inbound.NextMessageAsync();
        Assert.False(offsets.Saves.Reader.TryPeek(out _));
        Assert.Null(await new FileOffsetStore(_folder).LoadAsync(TelegramChannel.OffsetKey, CancellationToken.None));

        hold.SetResult();

        Assert.Equal(id + 1, await offsets.NextSaveAsync());
    }

    [Fact]
    public async Task Offset_SinkFails_UpdateDeliveredAgainAndStoredOnce()
    {
        var inbound = new RecordingInbound();
        inbound.FailNext();
        await using var channel = await ConnectedAsync(inbound, new FileOffsetStore(_folder));
        _server.AddUpdate(TelegramPayloads.PrivateText(1, "one"));

        var failed = await inbound.NextMessageAsync();
        var again = await inbound.NextMessageAsync();

        Assert.Equal((failed.ChatId, failed.MessageId), (again.ChatId, again.MessageId));
        Assert.Equal(["one"], inbound.Stored.Select(m => m.Text));
    }

    [Fact]
    public async Task SendAsync_WhileServerDown_QueuedAndFlushedInOrderAfterReconnect()
    {
        var inbound = new RecordingInbound();
        await using var channel = await ConnectedAsync(inbound, new FileOffsetStore(_folder));
        var dropped = TestChannels.WhenConnectionAsync(channel, connected: false);
        _server.SetDown(true);
        await dropped;

        var sends = new[] { "first", "second", "third" }
            .Select(text => channel.SendAsync("telegram:42", text, CancellationToken.None))
            .ToList();
        Assert.False(_server.Sent.Reader.TryPeek(out _));
        var reconnected = TestChannels.WhenConnectionAsync(channel, connected: true);
        _server.SetDown(false);
        await reconnected;
        await Task.WhenAll(sends).WaitAsync(TestTimeout.Value);

        var received = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            received.Add((await _server.Sent.Reader.ReadAsync()).GetProperty("text").GetString());
        }

        Assert.Equal(["first", "second", "third"], received);
        Assert.True(_server.GetMeCalls >= 2);
    }

    private async Task<TelegramChannel> ConnectedAsync(RecordingInbound inbound, IOffsetStore offsets)
    {
        var settings = new TelegramSettings(FakeTelegramServer.Token, _server.BaseUri) { PollTimeout = TimeSpan.FromSeconds(2) };
        var channel = new TelegramChannel(settings, TestChannels.Context(inbound), _http, offsets);
        await channel.ConnectAsync(CancellationToken.None);
        return channel;
    }
}
