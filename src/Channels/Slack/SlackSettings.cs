namespace NanoClaw.Channels.Slack;

/// <summary>
/// A Slack app in Socket Mode: the bot token (<c>xoxb-</c>) for the Web API, the app-level token
/// (<c>xapp-</c>, scope <c>connections:write</c>) for opening socket connections, and the Web API root.
/// </summary>
public sealed record SlackSettings(string BotToken, string AppToken, Uri BaseUrl);
