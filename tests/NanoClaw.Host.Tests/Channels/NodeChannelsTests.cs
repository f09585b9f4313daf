using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using NanoClaw.Channels.Tests.Discord;
using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Channels.Tests.Slack;
using NanoClaw.Channels.Tests.Telegram;
using NanoClaw.Channels.Tests.WhatsApp;
using NanoClaw.Channels.WhatsApp;
using NanoClaw.Actors.Chats;
using NanoClaw.Host.Channels;
using NanoClaw.Host.Tests.Node;

namespace NanoClaw.Host.Tests.Channels;

/// <summary>
/// The node with all four fake platforms and the web chat at once, wired to two groups: alpha (Telegram and
/// Slack chats) and beta (Discord, WhatsApp and web chats).
/// </summary>
public sealed class NodeChannelsTests
{
    private const string TelegramChat = "telegram:-1001234567890";
    private const string SlackChat = "slack:" + SlackPayloads.Channel;
    private const string DiscordChat = "discord:" + DiscordPayloads.GuildChannel;
    private const string WhatsAppChat = "whatsapp:" + WhatsAppPayloads.From;
    private const string WebChat = "web:beta";

    [Fact]
    public async Task Node_FourPlatformsAndWebChatInTwoGroups_EveryReplyLandsWhereItCameFrom()
    {
        await using var node = await StartAsync();

        node.Telegram.AddUpdate(TelegramPayloads.GroupText(1, "msg-tg hello"));
        var telegram = await NextAsync(node.Telegram.Sent);
        Assert.Equal(-1001234567890, telegram.GetProperty("chat_id").GetInt64());
        Assert.Equal("re msg-tg", telegram.GetProperty("text").GetString());

        await node.Slack.PushEventAsync(SlackPayloads.Message("1731400000.000100", "msg-slack hi"));
        Assert.Equal((SlackPayloads.Channel, "re msg-slack"), await NextAsync(node.Slack.Posted));

        await node.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("10", "msg-discord hey"));
        Assert.Equal((DiscordPayloads.GuildChannel, "re msg-discord"), await NextAsync(node.Discord.Created));

        var whatsApp = await PostWebhookAsync(node, WhatsAppPayloads.Text("wamid.1", "msg-wa hallo").ToJsonString(), sign: true);
        Assert.Equal(HttpStatusCode.OK, whatsApp.StatusCode);
        var graph = await NextAsync(node.Graph.Sent);
        Assert.Equal(WhatsAppPayloads.From, graph.GetProperty("to").GetString());
        Assert.Equal("re msg-wa", graph.GetProperty("text").GetProperty("body").GetString());

        var posted = await node.Http.PostAsJsonAsync(new Uri(node.Server.BaseAddress, $"api/chats/{WebChat}/messages"), new { text = "msg-web hi" });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("re msg-web", await NextWebReplyAsync(node.Chats));

        // A long reply is split at Discord's limit on paragraph breaks and arrives in order.
        await node.Discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("11", "msg-long LONG please"));
        var parts = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (channel, content) = await NextAsync(node.Discord.Created);
            Assert.Equal(DiscordPayloads.GuildChannel, channel);
            Assert.InRange(content.Length, 1, 2000);
            parts.Add(content);
        }

        Assert.Equal(ReplyingAgent.LongReply.Split("\n\n"), string.Join("\n\n", parts).Split("\n\n"));

        // Nothing went anywhere else.
        Assert.False(node.Telegram.Sent.Reader.TryPeek(out _));
        Assert.False(node.Slack.Posted.Reader.TryPeek(out _));
        Assert.False(node.Discord.Created.Reader.TryPeek(out _));
        Assert.False(node.Graph.Sent.Reader.TryPeek(out _));
    }

    [Fact]
    public async Task Healthz_EveryChannelRunning_ListsEachAsConnected()
    {
        await using var node = await StartAsync();

        using var health = JsonDocument.Parse(await node.Http.GetStringAsync(new Uri(node.Server.BaseAddress, "healthz")));

        var channels = health.RootElement.GetProperty("channels");
        foreach (var name in new[] { "web", "telegram", "slack", "discord", "whatsapp" })
        {
            Assert.True(channels.GetProperty(name).GetProperty("connected").GetBoolean(), name);
        }

        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Stop_ChannelActorsStop_EveryPlatformChannelIsDisconnected()
    {
        await using var node = await StartAsync();

        await node.Channels.StopAsync(CancellationToken.None);

        Assert.All(node.Channels.Platforms, h => Assert.True(h.Disconnected.IsCompletedSuccessfully, h.Channel.Name));
        Assert.All(node.Channels.Platforms, h => Assert.False(h.Channel.IsConnected, h.Channel.Name));
        Assert.Equal(4, node.Channels.Platforms.Count);
    }

    [Fact]
    public async Task FirstConnect_PlatformUnreachable_SupervisorRetriesWithBackoffAndTheChannelWorksLater()
    {
        await using var node = new ChannelNodeHarness();
        await node.StartFakesAsync();
        node.Telegram.SetDown(true);
        await node.StartNodeAsync();
        await node.WireAsync("alpha", TelegramChat);

        await NodeHarness.EventuallyAsync(
            () => Task.FromResult(node.Logs.Lines.Count(l => l.Contains("telegram could not connect", StringComparison.Ordinal)) >= 2),
            "two failed first connects");
        Assert.False(node.Channels.All.Single(c => c.Name == "telegram").IsConnected);

        node.Telegram.SetDown(false);
        await node.AllConnectedAsync();
        node.Telegram.AddUpdate(TelegramPayloads.GroupText(2, "msg-late hello"));
        Assert.Equal("re msg-late", (await NextAsync(node.Telegram.Sent)).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Start_ChannelEnabledWithoutToken_WarnsNamingTheVariableAndTheNodeRunsTheOthers()
    {
        await using var node = new ChannelNodeHarness();
        await node.StartFakesAsync();
        node.Options.Channels.Discord.BotToken = null;
        await node.StartNodeAsync();
        await node.WireAsync("alpha", TelegramChat);

        Assert.Contains(node.Logs.Lines, l => l.StartsWith("Warning:", StringComparison.Ordinal) && l.Contains("DISCORD_BOT_TOKEN", StringComparison.Ordinal));
        Assert.DoesNotContain(node.Channels.All, c => c.Name == "discord");
        await node.AllConnectedAsync();
        node.Telegram.AddUpdate(TelegramPayloads.GroupText(3, "msg-still hello"));
        Assert.Equal("re msg-still", (await NextAsync(node.Telegram.Sent)).GetProperty("text").GetString());

        using var health = JsonDocument.Parse(await node.Http.GetStringAsync(new Uri(node.Server.BaseAddress, "healthz")));
        Assert.False(health.RootElement.GetProperty("channels").TryGetProperty("discord", out _));
    }

    [Fact]
    public async Task WhatsAppWebhook_BadSignature_Is401AndNothingIsStored()
    {
        await using var node = await StartAsync();

        var refused = await PostWebhookAsync(node, WhatsAppPayloads.Text("wamid.bad", "msg-forged hi").ToJsonString(), sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var (entries, _, _) = await node.Chats.ReadAsync(WhatsAppChat, 0, TimeSpan.Zero, CancellationToken.None);
        Assert.Empty(entries);
        Assert.Equal(0, (await node.Actors.Directory.Group("beta")!.Value.Ask<NanoClaw.Actors.Contracts.GroupStatus>(
            NanoClaw.Actors.Groups.GetGroupStatus.Instance, TimeSpan.FromSeconds(5))).Pending);
        Assert.Equal(0, node.Runtime.Started);
        Assert.False(node.Actors.Directory.View.SeenChats.ContainsKey(WhatsAppChat));
    }

    [Fact]
    public async Task WhatsAppWebhook_VerifyHandshake_EchoesTheChallengeOnlyForTheRightToken()
    {
        await using var node = await StartAsync();
        var path = new Uri(node.Server.BaseAddress, WhatsAppWebhookEndpoints.Path.TrimStart('/'));

        var good = await node.Http.GetAsync(new Uri(path, $"?hub.mode=subscribe&hub.verify_token={ChannelNodeHarness.VerifyToken}&hub.challenge=1158201444"));
        var bad = await node.Http.GetAsync(new Uri(path, "?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444"));

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("1158201444", await good.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
    }

    private static async Task<ChannelNodeHarness> StartAsync()
    {
        var node = new ChannelNodeHarness();
        try
        {
            await node.StartFakesAsync();
            await node.StartNodeAsync();
            await node.WireAsync("alpha", TelegramChat, SlackChat);
            await node.WireAsync("beta", DiscordChat, WhatsAppChat, WebChat);
            await node.Discord.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
            await node.AllConnectedAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private static async Task<HttpResponseMessage> PostWebhookAsync(ChannelNodeHarness node, string json, bool sign)
    {
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node.Server.BaseAddress, WhatsAppWebhookEndpoints.Path.TrimStart('/')))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Hub-Signature-256", WhatsAppSignature.Sign(body, sign ? ChannelNodeHarness.AppSecret : "not-the-secret"));
        return await node.Http.SendAsync(request);
    }

    private static Task<T> NextAsync<T>(Channel<T> channel) => channel.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

    private static async Task<string> NextWebReplyAsync(ChatLog chats)
    {
        var deadline = DateTimeOffset.UtcNow + TestTimeout.Value;
        long cursor = 0;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var (entries, next, _) = await chats.ReadAsync(WebChat, cursor, TimeSpan.FromSeconds(1), CancellationToken.None);
            cursor = next;
            if (entries.FirstOrDefault(e => e.Direction == ChatEntry.Out) is { } reply)
            {
                return reply.Text;
            }
        }

        throw new TimeoutException("no reply in the web chat");
    }
}
