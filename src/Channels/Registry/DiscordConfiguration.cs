namespace NanoClaw.Channels.Registry;

/// <summary>The Discord block; the token comes from DISCORD_BOT_TOKEN.</summary>
public sealed record DiscordConfiguration(bool Enabled, string? BotToken, Uri BaseUrl);
