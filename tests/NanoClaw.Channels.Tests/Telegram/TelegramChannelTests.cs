using System.Text.Json.Nodes;
using NanoClaw.Channels.Common;
using NanoClaw.Channels.Telegram;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Telegram;

public sealed class TelegramChannelTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _server = new();
    private readonly RecordingInbound _inbound = new();
    private readonly ListLoggerProvider _logs = new();
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
    public async Task Poll_GroupMessage_ReachesSinkWithChatIdSenderAndText()
    {
        await using var channel = await ConnectedAsync();
        _server.AddUpdate(TelegramPayloads.GroupText(7, "hello there"));

        var message = await _inbound.NextMessageAsync();
        var chat = await _inbound.NextChatAsync();

        Assert.Equal("telegram:-1001234567890", message.ChatId);
        Assert.Equal("7", message.MessageId);
        Assert.Equal("42", message.SenderId);
        Assert.Equal("Alice", message.SenderName);
        Assert.Equal("hello there", message.Text);
        Assert.True(message.IsGroup);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1731400000), message.Timestamp);
        Assert.Equal(new ChatMetadata("telegram:-1001234567890", "Family", "telegram", true, chat.LastSeen), chat);
    }

    [Fact]
    public async Task Poll_MentionOfBot_BecomesTrigger()
    {
        await using var channel = await ConnectedAsync();
        var payload = TelegramPayloads.GroupText(8, $"@{FakeTelegramServer.BotUsername} what's the weather?");
        payload["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["offset"] = 0, ["length"] = FakeTelegramServer.BotUsername.Length + 1 });
        _server.AddUpdate(payload);

        var message = await _inbound.NextMessageAsync();

        Assert.Equal($"@Andy @{FakeTelegramServer.BotUsername} what's the weather?", message.Text);
    }

    [Fact]
    public async Task Poll_ReplyAndOwnMessage_ReplyContextKeptAndOwnMessageIgnored()
    {
        await using var channel = await ConnectedAsync();
        _server.AddUpdate(TelegramPayloads.GroupText(9, "echo of myself", fromId: FakeTelegramServer.BotId, firstName: "Andy"));
        var reply = TelegramPayloads.GroupText(10, "yes, that one");
        reply["reply_to_message"] = TelegramPayloads.GroupText(5, "which one?", fromId: 77, firstName: "Bob");
        _server.AddUpdate(reply);

        var message = await _inbound.NextMessageAsync();

        Assert.Equal("10", message.MessageId);
        Assert.Equal(new ReplyContext("5", "Bob", "which one?"), message.ReplyTo);
    }

    [Fact]
    public async Task Poll_MalformedUpdates_LoggedAndSkipped()
    {
        await using var channel = await ConnectedAsync();
        _server.AddRawUpdate(new JsonObject { ["update_id"] = 1L, ["message"] = "not an object" });
        _server.AddUpdate(new JsonObject { ["message_id"] = 11, ["text"] = "no chat or sender" });
        _server.AddUpdate(TelegramPayloads.PrivateText(12, "still here"));

        var message = await _inbound.NextMessageAsync();

        Assert.Equal("still here", message.Text);
        Assert.False(message.IsGroup);
        Assert.Contains(_logs.Lines, line => line.Contains("malformed", StringComparison.Ordinal));
        Assert.True(channel.IsConnected);
    }

    [Fact]
    public async Task Poll_ChatIdAndPingCommands_AnsweredDirectlyAndNotStored()
    {
        await using var channel = await ConnectedAsync();
        _server.AddUpdate(TelegramPayloads.GroupText(13, "/chatid"));
        _server.AddUpdate(TelegramPayloads.GroupText(14, $"/ping@{FakeTelegramServer.BotUsername}"));
        _server.AddUpdate(TelegramPayloads.GroupText(15, "/other stays"));

        var chatId = await NextSentAsync();
        var ping = await NextSentAsync();
        var stored = await _inbound.NextMessageAsync();

        Assert.Equal("Chat ID: telegram:-1001234567890\nName: Family\nType: supergroup", chatId.GetProperty("text").GetString());
        Assert.Equal("Andy is online.", ping.GetProperty("text").GetString());
        Assert.Equal("/other stays", stored.Text);
    }

    [Fact]
    public async Task SendAsync_LongReply_SplitAtParagraphAsMarkdown()
    {
        await using var channel = await ConnectedAsync();
        var first = new string('a', 3000);
        var second = new string('b', 3000);

        await channel.SendAsync("telegram:-1001234567890", first + "\n\n" + second, CancellationToken.None);

        var one = await NextSentAsync();
        var two = await NextSentAsync();
        Assert.Equal(first, one.GetProperty("text").GetString());
        Assert.Equal(second, two.GetProperty("text").GetString());
        Assert.Equal("Markdown", one.GetProperty("parse_mode").GetString());
        Assert.Equal(-1001234567890, one.GetProperty("chat_id").GetInt64());
    }

    [Fact]
    public async Task SendAsync_MarkdownParseError_FallsBackToPlainText()
    {
        await using var channel = await ConnectedAsync();

        await channel.SendAsync("telegram:42", "2 * 3 = 6", CancellationToken.None);

        var sent = await NextSentAsync();
        Assert.Equal("2 * 3 = 6", sent.GetProperty("text").GetString());
        Assert.False(sent.TryGetProperty("parse_mode", out _));
    }

    [Fact]
    public async Task SendAsync_RejectedEveryTime_ReportedAfterLastTry()
    {
        await using var channel = await ConnectedAsync();
        _server.RejectSends = (400, "Bad Request: chat not found");

        var failed = await Assert.ThrowsAsync<DeliveryFailedException>(() => channel.SendAsync("telegram:99", "hi", CancellationToken.None).WaitAsync(TestTimeout.Value));

        Assert.Equal(TestChannels.FastTimings.SendAttempts, failed.Failure.Attempts);
        Assert.Contains("chat not found", failed.Failure.Reason, StringComparison.Ordinal);
        var failure = Assert.Single(channel.Health.Snapshot().RecentFailures);
        Assert.Equal("telegram:99", failure.ChatId);
        Assert.Contains(_logs.Lines, line => line.StartsWith("Error:", StringComparison.Ordinal) && line.Contains("gave up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_TooManyRequests_RetriedAfterRetryAfterNotBackoff()
    {
        var settings = new TelegramSettings(FakeTelegramServer.Token, _server.BaseUri) { PollTimeout = TimeSpan.FromSeconds(2) };
        var context = TestChannels.Context(_inbound, _logs) with { Timings = TestChannels.FastTimings with { SendRetryBaseDelay = TimeSpan.FromHours(1) } };
        await using var channel = new TelegramChannel(settings, context, _http, new FileOffsetStore(_folder));
        await channel.ConnectAsync(CancellationToken.None);
        _server.RateLimitNext = 1;

        await channel.SendAsync("telegram:42", "after a pause", CancellationToken.None).WaitAsync(TestTimeout.Value);

        Assert.Equal("after a pause", (await NextSentAsync()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task SetTypingAsync_Connected_SendsTypingAction()
    {
        await using var channel = await ConnectedAsync();

        await channel.SetTypingAsync("telegram:42", true, CancellationToken.None);

        var action = await _server.Actions.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        Assert.Equal("typing", action.GetProperty("action").GetString());
        Assert.Equal(42, action.GetProperty("chat_id").GetInt64());
    }

    [Fact]
    public async Task Poll_PhotoWithFolder_DownloadedWithSafeNameAndDescribed()
    {
        _server.Files["photos/file-1.jpg"] = [1, 2, 3];
        await using var channel = await ConnectedAsync(folders: _ => _folder);
        var payload = TelegramPayloads.PrivateText(16, "look");
        payload.Remove("text");
        payload["caption"] = "look";
        payload["photo"] = new JsonArray(
            new JsonObject { ["file_id"] = "small", ["file_unique_id"] = "s1", ["file_size"] = 10, ["width"] = 90, ["height"] = 90 },
            new JsonObject { ["file_id"] = "file-1", ["file_unique_id"] = "AQADb", ["file_size"] = 3, ["width"] = 800, ["height"] = 800 });
        _server.AddUpdate(payload);

        var message = await _inbound.NextMessageAsync();

        var attachment = Assert.Single(message.Attachments);
        var expected = Path.Combine(_folder, "attachments", "16-photo_AQADb.jpg");
        Assert.Equal(expected, attachment.LocalPath);
        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(expected));
        Assert.Equal($"look\n[Photo: photo_AQADb.jpg] ({expected})", message.Text);
    }

    [Fact]
    public async Task Poll_DocumentOverSizeCap_DescribedButNotDownloaded()
    {
        await using var channel = await ConnectedAsync(folders: _ => _folder);
        var payload = TelegramPayloads.PrivateText(17, "");
        payload.Remove("text");
        payload["document"] = new JsonObject { ["file_id"] = "big", ["file_unique_id"] = "b", ["file_name"] = "../../etc/passwd", ["file_size"] = 5000 };
        _server.AddUpdate(payload);

        var message = await _inbound.NextMessageAsync();

        Assert.Equal("[File: _._etc_passwd]", message.Text);
        Assert.Null(Assert.Single(message.Attachments).LocalPath);
        Assert.False(Directory.Exists(Path.Combine(_folder, "attachments")));
    }

    private async Task<System.Text.Json.JsonElement> NextSentAsync() =>
        await _server.Sent.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

    private async Task<TelegramChannel> ConnectedAsync(IOffsetStore? offsets = null, AttachmentFolderResolver? folders = null)
    {
        var settings = new TelegramSettings(FakeTelegramServer.Token, _server.BaseUri) { PollTimeout = TimeSpan.FromSeconds(2) };
        var channel = new TelegramChannel(settings, TestChannels.Context(_inbound, _logs, folders), _http, offsets ?? new FileOffsetStore(_folder));
        await channel.ConnectAsync(CancellationToken.None);
        return channel;
    }
}
