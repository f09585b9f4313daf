using System.Text;
using NanoClaw.Channels.Common;
using NanoClaw.Channels.Registry;
using NanoClaw.Channels.Tests.Discord;
using NanoClaw.Channels.Tests.Fakes;
using NanoClaw.Channels.Tests.Slack;
using NanoClaw.Channels.Tests.Telegram;
using NanoClaw.Channels.Tests.WhatsApp;
using NanoClaw.Channels.WhatsApp;

namespace NanoClaw.Channels.Tests.Registry;

/// <summary>All four fake platforms at once behind one registry: every reply goes back where its message came from.</summary>
public sealed class AllPlatformsTests : IAsyncLifetime
{
    private readonly FakeTelegramServer _telegram = new();
    private readonly FakeSlackServer _slack = new();
    private readonly FakeDiscordServer _discord = new();
    private readonly FakeGraphServer _graph = new();
    private readonly RecordingInbound _inbound = new();
    private readonly HttpClient _http = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nanoclaw-all-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await Task.WhenAll(_telegram.StartAsync(), _slack.StartAsync(), _discord.StartAsync(), _graph.StartAsync());
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _slack.DisposeAsync();
        await _discord.DisposeAsync();
        await _graph.DisposeAsync();
        _http.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Registry_AllFourPlatformsAtOnce_EachReplyLandsOnItsOwnPlatform()
    {
        await using var registry = ChannelRegistry.Create(Configuration(), TestChannels.Context(_inbound), _http, new FileOffsetStore(_folder), new Random(3));
        Assert.Empty(await registry.ConnectAllAsync(CancellationToken.None));
        await _discord.Identifies.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);
        await _slack.Connected.Reader.ReadAsync().AsTask().WaitAsync(TestTimeout.Value);

        _telegram.AddUpdate(TelegramPayloads.PrivateText(1, "from telegram"));
        await _slack.PushEventAsync(SlackPayloads.Message("1731400000.000100", "from slack"));
        await _discord.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.GuildMessage("10", "from discord"));
        var body = Encoding.UTF8.GetBytes(WhatsAppPayloads.Text("wamid.1", "from whatsapp").ToJsonString());
        var accepted = await registry.WhatsAppWebhook!.ReceiveAsync(body, WhatsAppSignature.Sign(body, "secret"), CancellationToken.None);
        Assert.Equal(200, accepted.StatusCode);

        for (var i = 0; i < 4; i++)
        {
            var message = await _inbound.NextMessageAsync();
            await registry.ChannelFor(message.ChatId)!.SendAsync(message.ChatId, "re: " + message.Text, CancellationToken.None);
        }

        Assert.Equal("re: from telegram", (await _telegram.Sent.Reader.ReadAsync()).GetProperty("text").GetString());
        Assert.Equal(("C0GENERAL", "re: from slack"), await _slack.Posted.Reader.ReadAsync());
        Assert.Equal((DiscordPayloads.GuildChannel, "re: from discord"), await _discord.Created.Reader.ReadAsync());
        Assert.Equal("re: from whatsapp", (await _graph.Sent.Reader.ReadAsync()).GetProperty("text").GetProperty("body").GetString());
        Assert.False(_telegram.Sent.Reader.TryPeek(out _) || _slack.Posted.Reader.TryPeek(out _) || _discord.Created.Reader.TryPeek(out _) || _graph.Sent.Reader.TryPeek(out _));
    }

    private ChannelsConfiguration Configuration() => new()
    {
        Telegram = new TelegramConfiguration(true, FakeTelegramServer.Token, _telegram.BaseUri) { PollTimeout = TimeSpan.FromSeconds(2) },
        Slack = new SlackConfiguration(true, FakeSlackServer.BotToken, FakeSlackServer.AppToken, new Uri(_slack.BaseUri, "api")),
        Discord = new DiscordConfiguration(true, FakeDiscordServer.Token, new Uri(_discord.BaseUri, "api/v10")),
        WhatsApp = new WhatsAppConfiguration(true, FakeGraphServer.AccessToken, FakeGraphServer.PhoneNumberId, "secret", "verify", new Uri(_graph.BaseUri, "v21.0")),
    };
}
