using NanoClaw.Channels.Common;
using NanoClaw.Channels.Registry;
using NanoClaw.Channels.Tests.Fakes;

namespace NanoClaw.Channels.Tests.Registry;

public sealed class ChannelRegistryTests : IDisposable
{
    private static readonly Uri Unused = new("http://127.0.0.1:9/");

    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public void Create_AllEnabledWithCredentials_EveryChannelAndWebhook()
    {
        var registry = Create(new ChannelsConfiguration
        {
            Telegram = new TelegramConfiguration(true, "1:t", Unused),
            Slack = new SlackConfiguration(true, "xoxb", "xapp", Unused),
            Discord = new DiscordConfiguration(true, "d", Unused),
            WhatsApp = new WhatsAppConfiguration(true, "a", "1", "s", "v", Unused),
        });

        Assert.Equal(["telegram", "slack", "discord", "whatsapp"], registry.Channels.Select(c => c.Name));
        Assert.Empty(registry.Warnings);
        Assert.NotNull(registry.WhatsAppWebhook);
    }

    [Fact]
    public void Create_EnabledWithoutCredentials_WarningNamesVariablesAndNoChannel()
    {
        var registry = Create(new ChannelsConfiguration
        {
            Telegram = new TelegramConfiguration(true, null, Unused),
            Slack = new SlackConfiguration(true, "xoxb", " ", Unused),
            WhatsApp = new WhatsAppConfiguration(true, "a", "1", null, null, Unused),
        });

        Assert.Empty(registry.Channels);
        Assert.Null(registry.WhatsAppWebhook);
        Assert.Equal(
            [
                "telegram is enabled but TELEGRAM_BOT_TOKEN is not set; it stays off until it is set",
                "slack is enabled but SLACK_APP_TOKEN is not set; it stays off until it is set",
                "whatsapp is enabled but WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN are not set; it stays off until they are set",
            ],
            registry.Warnings);
    }

    [Fact]
    public void Create_DisabledWithCredentials_NothingBuiltNoWarning()
    {
        var registry = Create(new ChannelsConfiguration { Discord = new DiscordConfiguration(false, "d", Unused) });

        Assert.Empty(registry.Channels);
        Assert.Empty(registry.Warnings);
    }

    [Theory]
    [InlineData("telegram:-100123", "telegram")]
    [InlineData("discord:1100", "discord")]
    [InlineData("slack:C1", "slack")]
    [InlineData("whatsapp:4915", "whatsapp")]
    [InlineData("web:main", null)]
    [InlineData("telegram:", null)]
    [InlineData("tg:123", null)]
    public void ChannelFor_ChatId_OwnerByPrefix(string chatId, string? expected)
    {
        var registry = Create(new ChannelsConfiguration
        {
            Telegram = new TelegramConfiguration(true, "1:t", Unused),
            Slack = new SlackConfiguration(true, "xoxb", "xapp", Unused),
            Discord = new DiscordConfiguration(true, "d", Unused),
            WhatsApp = new WhatsAppConfiguration(true, "a", "1", "s", "v", Unused),
        });

        Assert.Equal(expected, registry.ChannelFor(chatId)?.Name);
    }

    [Fact]
    public async Task ConnectAllAsync_PlatformUnreachable_ReportedNotThrown()
    {
        await using var registry = Create(new ChannelsConfiguration { Telegram = new TelegramConfiguration(true, "1:t", Unused) });

        var problems = await registry.ConnectAllAsync(CancellationToken.None);

        Assert.StartsWith("telegram could not connect:", Assert.Single(problems), StringComparison.Ordinal);
        Assert.False(registry.Channels[0].IsConnected);
    }

    private ChannelRegistry Create(ChannelsConfiguration configuration) =>
        ChannelRegistry.Create(configuration, TestChannels.Context(new RecordingInbound()), _http, new FileOffsetStore(Path.GetTempPath()), new Random(1));
}
