namespace NanoClaw.Channels.Registry;

/// <summary>The Slack block; tokens come from SLACK_BOT_TOKEN and SLACK_APP_TOKEN.</summary>
public sealed record SlackConfiguration(bool Enabled, string? BotToken, string? AppToken, Uri BaseUrl);
