namespace NanoClaw.Channels.Discord;

/// <summary>
/// A Discord bot. <c>BaseUrl</c> is the REST root (<c>https://discord.com/api/v10</c>); the gateway address
/// comes from <c>GET /gateway/bot</c>. <c>Intents</c> defaults to guilds, guild messages, direct messages
/// and message content.
/// </summary>
public sealed record DiscordSettings(string BotToken, Uri BaseUrl)
{
    public int Intents { get; init; } = DiscordIntents.Default;
}
