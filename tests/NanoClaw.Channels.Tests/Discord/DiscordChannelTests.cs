using System.Text.Json.Nodes;
using NanoClaw.Channels.Discord;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Discord;

public sealed class DiscordChannelTests : IAsyncLifetime
{
    private readonly FakeDiscordServer _server = new();
    private readonly RecordingInbound _inbound = new();
    private readonly ListLoggerProvider _logs = new();
    private readonly HttpClient _http = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nanoclaw-discord-" + Guid.NewGuid().ToString("N"));

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
    public async Task Connect_Hello_IdentifiesWithIntentsAndHeartbeats()
    {
        _server.HeartbeatIntervalMs = 200;
        await using var channel = await ConnectedAsync();

        var identify = (await _server.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value)).GetProperty("d");
        await _server.Heartbeats.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        await _server.Heartbeats.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

        Assert.Equal(FakeDiscordServer.Token, identify.GetProperty("token").GetString());
        var intents = identify.GetProperty("intents").GetInt32();
        Assert.Equal(DiscordIntents.GuildMessages, intents & DiscordIntents.GuildMessages);
        Assert.Equal(DiscordIntents.DirectMessages, intents & DiscordIntents.DirectMessages);
        Assert.Equal(DiscordIntents.MessageContent, intents & DiscordIntents.MessageContent);
    }

    [Fact]
    public async Task MessageCreate_GuildMessage_ReachesSinkWithNickAndChannel()
    {
        await using var channel = await ReadyAsync();

        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("501", "hello guild"));

        var message = await _inbound.NextMessageAsync();
        var chat = await _inbound.NextChatAsync();
        Assert.Equal(("#general", "discord", true), (chat.Name, chat.Platform, chat.IsGroup));
        Assert.Equal($"discord:{DiscordPayloads.GuildChannel}", message.ChatId);
        Assert.Equal("501", message.MessageId);
        Assert.Equal("300000000000000003", message.SenderId);
        Assert.Equal("Ally", message.SenderName);
        Assert.Equal("hello guild", message.Text);
        Assert.True(message.IsGroup);
    }

    [Fact]
    public async Task MessageCreate_MentionOwnAndBotMessages_TriggerAndIgnored()
    {
        await using var channel = await ReadyAsync();

        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("502", "my own reply", authorId: FakeDiscordServer.BotId, bot: true));
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("503", "another bot", authorId: "777", bot: true));
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("504", $"<@!{FakeDiscordServer.BotId}> what's up?"));

        var message = await _inbound.NextMessageAsync();
        Assert.Equal("504", message.MessageId);
        Assert.Equal("@Andy what's up?", message.Text);
    }

    [Fact]
    public async Task MessageCreate_DirectMessageWithReplyAndImage_DescribedAndDownloaded()
    {
        _server.CdnFiles["cat.png"] = [9, 8, 7];
        await using var channel = await ReadyAsync(folders: _ => _folder);
        var payload = DiscordPayloads.DirectMessage("505", "look");
        payload["referenced_message"] = DiscordPayloads.GuildMessage("400", "earlier words");
        payload["attachments"] = new JsonArray(new JsonObject
        {
            ["id"] = "600", ["filename"] = "cat.png", ["size"] = 3, ["content_type"] = "image/png",
            ["url"] = new Uri(_server.BaseUri, "cdn/cat.png").ToString(),
        });

        await _server.DispatchAsync("MESSAGE_CREATE", payload);

        var message = await _inbound.NextMessageAsync();
        var chat = await _inbound.NextChatAsync();
        var expected = Path.Combine(_folder, "attachments", "505-cat.png");
        Assert.False(message.IsGroup);
        Assert.Equal("Alice", chat.Name);
        Assert.Equal(new ReplyContext("400", "Alice", "earlier words"), message.ReplyTo);
        Assert.Equal($"look\n[Photo: cat.png] ({expected})", message.Text);
        Assert.Equal(new byte[] { 9, 8, 7 }, await File.ReadAllBytesAsync(expected));
    }

    [Fact]
    public async Task MessageCreate_MalformedFrames_LoggedAndSkipped()
    {
        await using var channel = await ReadyAsync();

        await _server.SendRawAsync("this is not json");
        await _server.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["content"] = "no ids" });
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("506", "fine"));

        Assert.Equal("506", (await _inbound.NextMessageAsync()).MessageId);
        Assert.Equal(2, _logs.Lines.Count(line => line.Contains("malformed", StringComparison.Ordinal)));
        Assert.True(channel.IsConnected);
    }

    [Fact]
    public async Task SendAsync_LongReply_SplitAt2000()
    {
        await using var channel = await ReadyAsync();
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line number {i:D3}"));

        await channel.SendAsync($"discord:{DiscordPayloads.GuildChannel}", text, CancellationToken.None);

        var parts = new List<string>();
        while (_server.Created.Reader.TryRead(out var created))
        {
            Assert.Equal(DiscordPayloads.GuildChannel, created.ChannelId);
            parts.Add(created.Content);
        }

        Assert.Equal(3, parts.Count);
        Assert.All(parts, part => Assert.True(part.Length <= 2000));
        Assert.Equal(text, string.Join('\n', parts));
    }

    [Fact]
    public async Task SendAsync_RateLimited_RetriedAfterRetryAfter()
    {
        await using var channel = await ReadyAsync();
        _server.RateLimitNext = 2;

        await channel.SendAsync($"discord:{DiscordPayloads.GuildChannel}", "patience", CancellationToken.None).WaitAsync(TestTimeout.Value);

        Assert.Equal("patience", (await _server.Created.Reader.ReadAsync()).Content);
        Assert.Empty(channel.Health.Snapshot().RecentFailures);
    }

    [Fact]
    public async Task SetTypingAsync_Connected_PostsTyping()
    {
        await using var channel = await ReadyAsync();

        await channel.SetTypingAsync($"discord:{DiscordPayloads.DmChannel}", true, CancellationToken.None);

        Assert.Equal(DiscordPayloads.DmChannel, await _server.Typing.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value));
    }

    private async Task<DiscordChannel> ReadyAsync(AttachmentFolderResolver? folders = null)
    {
        var channel = await ConnectedAsync(folders);
        await _server.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        await _server.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("1", "warm-up"));
        await _inbound.NextMessageAsync();
        await _inbound.NextChatAsync();
        return channel;
    }

    private async Task<DiscordChannel> ConnectedAsync(AttachmentFolderResolver? folders = null)
    {
        var settings = new DiscordSettings(FakeDiscordServer.Token, new Uri(_server.BaseUri, "api/v10"));
        var channel = new DiscordChannel(settings, TestChannels.Context(_inbound, _logs, folders), _http, new Random(7));
        await channel.ConnectAsync(CancellationToken.None);
        return channel;
    }
}
