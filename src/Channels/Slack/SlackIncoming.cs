namespace NanoClaw.Channels.Slack;

/// <summary>
/// A message event read from an envelope; the sender's display name is looked up afterwards. <c>Mention</c>
/// says the bot was mentioned, so the trigger goes in front once the text is final.
/// </summary>
internal sealed record SlackIncoming(InboundMessage Message, bool Mention);
