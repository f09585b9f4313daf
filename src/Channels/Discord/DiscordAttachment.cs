namespace NanoClaw.Channels.Discord;

/// <summary>An attachment of a Discord message, downloadable from its CDN url.</summary>
internal sealed record DiscordAttachment(AttachmentKind Kind, string Name, long? Size, Uri? Url);
