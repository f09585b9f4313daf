namespace NanoClaw.Channels.Registry;

/// <summary>
/// Which platform channels the node runs, with their credentials as read from the environment. A missing
/// block means the platform is off. The built-in web chat is the node's own and not built here.
/// </summary>
public sealed record ChannelsConfiguration
{
    public TelegramConfiguration? Telegram { get; init; }

    public SlackConfiguration? Slack { get; init; }

    public DiscordConfiguration? Discord { get; init; }

    public WhatsAppConfiguration? WhatsApp { get; init; }
}
