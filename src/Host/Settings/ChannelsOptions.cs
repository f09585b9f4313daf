namespace NanoClaw.Host.Settings;

/// <summary>One block per chat platform. Only the built-in web chat is on by default.</summary>
public sealed class ChannelsOptions
{
    public WebChannelOptions Web { get; set; } = new();

    public TelegramChannelOptions Telegram { get; set; } = new();

    public SlackChannelOptions Slack { get; set; } = new();

    public DiscordChannelOptions Discord { get; set; } = new();

    public WhatsAppChannelOptions WhatsApp { get; set; } = new();
}
