namespace NanoClaw.Channels.Discord;

/// <summary>A MESSAGE_CREATE read into a message, before its attachments are fetched.</summary>
internal sealed record DiscordIncoming(InboundMessage Message, string? ChatName, bool FromBot, IReadOnlyList<DiscordAttachment> Files);
