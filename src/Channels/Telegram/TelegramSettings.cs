namespace NanoClaw.Channels.Telegram;

/// <summary>
/// A Telegram bot. <c>PollTimeout</c> is how long one <c>getUpdates</c> call waits for news; the default
/// is 25 seconds.
/// </summary>
public sealed record TelegramSettings(string BotToken, Uri BaseUrl)
{
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromSeconds(25);
}
