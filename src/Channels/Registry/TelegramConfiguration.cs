namespace NanoClaw.Channels.Registry;

/// <summary>The Telegram block of the node's configuration; the token comes from TELEGRAM_BOT_TOKEN.</summary>
public sealed record TelegramConfiguration(bool Enabled, string? BotToken, Uri BaseUrl)
{
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromSeconds(25);
}
